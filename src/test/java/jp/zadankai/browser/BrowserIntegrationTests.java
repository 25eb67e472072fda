package jp.zadankai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a reader sees, in a real browser: layout at a phone's and a desktop's width, navigation, accessibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "zadankai.site.support-url=https://zadankai.example/support")
class BrowserIntegrationTests {
    private static final String ARTICLE = "/articles/nerima-tokyo-cio-roundtable-1";
    private static final String TAG = "/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD";
    private static final List<String> PAGES = List.of("/", ARTICLE, TAG, "/no-such-page");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void lightMode() {
        emulate("light");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path, int width, int height) {
        Chromium.open(driver, url(path), width, height);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    private void emulate(String colorScheme) {
        Chromium.emulateColorScheme(driver, colorScheme);
    }

    @ParameterizedTest
    @CsvSource({"375, 812", "1440, 900"})
    void noPageScrollsSideways(int width, int height) {
        for (String path : PAGES) {
            open(path, width, height);
            assertThat(number("return document.documentElement.scrollWidth")).as(path + " at " + width)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
        }
    }

    @Test
    void onAPhoneTitleBylineAndFirstTurnStackInOneColumn() {
        open(ARTICLE, 375, 812);
        WebElement title = driver.findElement(By.cssSelector(".article__title"));
        WebElement byline = driver.findElement(By.cssSelector(".byline"));
        WebElement toc = driver.findElement(By.cssSelector(".toc"));
        WebElement turn = driver.findElement(By.cssSelector(".turn"));
        WebElement name = turn.findElement(By.cssSelector(".turn__name"));

        assertThat(title.getRect().getY()).isLessThan(byline.getRect().getY());
        assertThat(byline.getRect().getY()).isLessThan(toc.getRect().getY());
        assertThat(toc.getRect().getY()).isLessThan(turn.getRect().getY());
        assertThat(title.getRect().getX()).isBetween(8, 40);
        assertThat(title.getRect().getX() + title.getRect().getWidth()).isLessThanOrEqualTo(375);
        assertThat(name.getText()).isEqualTo("森田");
        assertThat(name.getRect().getX()).isGreaterThan(turn.getRect().getX());
        assertThat(Double.parseDouble(title.getCssValue("font-size").replace("px", ""))).isBetween(24.0, 34.0);
        assertThat(Double.parseDouble(driver.findElement(By.cssSelector(".article__body p")).getCssValue("font-size")
                .replace("px", ""))).isBetween(16.0, 18.0);
    }

    @Test
    void onADesktopTheContentsSitBesideTheTextAndStay() {
        open(ARTICLE, 1440, 900);
        WebElement body = driver.findElement(By.cssSelector(".article__body"));
        WebElement toc = driver.findElement(By.cssSelector(".toc"));

        assertThat(body.getRect().getWidth()).isBetween(680, 740);
        assertThat(toc.getRect().getX()).isGreaterThan(body.getRect().getX() + body.getRect().getWidth());
        js("window.scrollTo(0, document.body.scrollHeight / 2)");
        assertThat(number("return arguments[0].getBoundingClientRect().top", toc)).isBetween(0.0, 100.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1440})
    void contentsLinkJumpsToItsSection(int width) {
        open(ARTICLE, width, 812);
        // Folded on a phone: the reader opens it first.
        if (driver.findElement(By.cssSelector(".toc__fold")).getAttribute("open") == null) {
            driver.findElement(By.cssSelector(".toc__title")).click();
        }
        List<WebElement> entries = driver.findElements(By.cssSelector(".toc a"));
        WebElement last = entries.get(entries.size() - 1);
        String target = last.getAttribute("href").substring(last.getAttribute("href").indexOf('#') + 1);

        last.click();

        WebElement heading = driver.findElement(By.id(java.net.URLDecoder.decode(target, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(number("return arguments[0].getBoundingClientRect().top", heading)).isBetween(0.0, 40.0);
        assertThat(driver.getCurrentUrl()).endsWith("#" + target);
    }

    @Test
    void turnPermalinkScrollsToItsTurn() {
        open(ARTICLE, 375, 812);
        WebElement permalink = driver.findElement(By.cssSelector("#turn-5 .turn__permalink"));
        js("arguments[0].scrollIntoView({block: 'center'})", permalink);

        permalink.click();

        assertThat(driver.getCurrentUrl()).endsWith("#turn-5");
        assertThat(number("return document.getElementById('turn-5').getBoundingClientRect().top")).isBetween(-1.0, 40.0);

        open(ARTICLE + "#turn-8", 1440, 900);
        assertThat(number("return document.getElementById('turn-8').getBoundingClientRect().top")).isBetween(-1.0, 40.0);
    }

    @Test
    void copyLinkPutsTheArticleAddressOnTheClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open(ARTICLE, 375, 812);
        WebElement copy = driver.findElement(By.cssSelector("[data-copy-link]"));
        js("arguments[0].scrollIntoView({block: 'center'})", copy);
        assertThat(copy.isDisplayed()).isTrue();

        WebElement status = driver.findElement(By.cssSelector("[data-copy-status]"));
        assertThat(status.getAttribute("role")).isEqualTo("status");

        copy.click();

        new WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d -> status.getText().equals("リンクをコピーしました"));
        assertThat(copy.getText()).isEqualTo("リンクをコピー");
        Object clipboard = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertThat(clipboard).isEqualTo("http://localhost:8080" + ARTICLE);
        // The announcement goes after a few seconds, so that the next press is announced again.
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> status.getText().isEmpty());

        js("navigator.clipboard.writeText = () => Promise.reject(new Error('denied'))");
        copy.click();

        new WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d -> status.getText().equals("コピーできませんでした"));
    }

    @Test
    void darkModeKeepsTextReadable() {
        emulate("dark");
        open(ARTICLE, 375, 812);

        assertThat(contrast("body", "body")).isGreaterThanOrEqualTo(7.0);
        for (String selector : List.of(".turn__name", ".turn--side-2 .turn__name", ".note", ".turn__role",
                ".byline", ".roster__role")) {
            assertThat(contrast(selector, "body")).as(selector).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(luminance(color("body", "background-color"))).isLessThan(0.05);
        assertThat(axe().getViolations()).as("axe in dark mode").isEmpty();
    }

    /** The script shows the count as text and presses in place: once to give a スキ, again to take it back. */
    @Test
    void likeButtonCountsAndTakesBackInPlace() {
        open(ARTICLE, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(10));
        By count = By.cssSelector("#like-top [data-like-count]");
        By button = By.cssSelector("#like-top button");
        wait.until(d -> d.findElement(count).getText().matches("\\d+"));
        assertThat(driver.findElement(By.cssSelector("#like-top .like__badge")).isDisplayed())
                .as("the count shows once: as text, the image gone").isFalse();
        boolean liked = "true".equals(driver.findElement(button).getAttribute("aria-pressed"));
        long before = Long.parseLong(driver.findElement(count).getText());
        long after = liked ? before - 1 : before + 1;
        driver.findElement(button).click();
        wait.until(d -> d.findElement(count).getText().equals(String.valueOf(after)));
        assertThat(driver.findElement(By.cssSelector("#like-end [data-like-count]")).getText())
                .isEqualTo(String.valueOf(after));
        assertThat(driver.findElement(button).getAttribute("aria-pressed")).isEqualTo(String.valueOf(!liked));
        assertThat(driver.getCurrentUrl()).isEqualTo(url(ARTICLE));
        driver.findElement(button).click();
        wait.until(d -> d.findElement(count).getText().equals(String.valueOf(before)));
        assertThat(driver.findElement(button).getAttribute("aria-pressed")).isEqualTo(String.valueOf(liked));
    }

    @Test
    void readableWithoutJavaScript() {
        open(ARTICLE, 375, 812);
        String withScript = driver.findElement(By.cssSelector(".article__body")).getText();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(ARTICLE, 375, 812);
            assertThat(driver.findElement(By.cssSelector(".article__body")).getText()).isEqualTo(withScript);
            assertThat(driver.findElement(By.cssSelector(".share a")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ARTICLE, TAG, "/no-such-page"})
    void axeFindsNoViolationsAndScreenshotsAreSaved(String path) throws Exception {
        for (int[] size : new int[][] {{375, 812}, {1440, 900}}) {
            open(path, size[0], size[1]);
            Results results = axe();
            assertThat(results.getViolations()).as(path + " at " + size[0])
                    .extracting(Rule::getId)
                    // The error pages' empty <h1> (issue 13, item 15) is fixed on the hardening branch: drop this
                    // exception when it is merged.
                    .filteredOn(rule -> !(path.equals("/no-such-page") && rule.equals("empty-heading")))
                    .isEmpty();
            screenshot(path, size[0]);
        }
    }

    private Results axe() {
        // best-practice adds the rules outside WCAG's letter, empty headings and landmarks among them.
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
    }

    /** A full-page PNG for people to look at, under target/screenshots. */
    private void screenshot(String path, int width) throws Exception {
        Chromium.screenshot(driver, (path.equals("/") ? "index"
                : path.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_", "")) + "-" + width, null);
    }

    private String color(String selector, String property) {
        return driver.findElement(By.cssSelector(selector)).getCssValue(property);
    }

    private double contrast(String textSelector, String backgroundSelector) {
        double text = luminance(color(textSelector, "color"));
        double background = luminance(color(backgroundSelector, "background-color"));
        return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
    }

    /** WCAG relative luminance of a CSS rgb()/rgba() colour. */
    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}

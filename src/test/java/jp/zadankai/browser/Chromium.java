package jp.zadankai.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless and offline (Selenium Manager never runs: both paths are given).
 * Without them the browser tests are skipped with a message, except under CI=true, where that is a failure.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String message = "No Chromium at " + BROWSER + " and " + DRIVER
                    + ": install the Debian packages chromium and chromium-driver to run the browser tests";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=ja", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory("zadankai-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Opens a page at a window size and waits until it has loaded. */
    static void open(ChromeDriver driver, String url, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    static void emulateColorScheme(ChromeDriver driver, String colorScheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /**
     * The whole page, or the part a clip names ({@code Page.captureScreenshot}'s parameters), as a PNG under
     * target/screenshots: looked at by people, not compared by the tests.
     */
    static void screenshot(ChromeDriver driver, String name, Map<String, Object> clip) throws IOException {
        Map<String, Object> parameters = new HashMap<>(Map.of("format", "png", "captureBeyondViewport", true));
        if (clip != null) {
            parameters.put("clip", clip);
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", parameters);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}

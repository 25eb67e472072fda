package jp.zadankai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.zadankai.TestContent;

/** In preview, the page an editor has open follows the file being saved, without touching the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewBrowserIntegrationTests {
    private static final Path CONTENT = TestContent.folder("articles/live.md", "---\ntitle: Live\n---\n初版です。\n");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        TestContent.preview(registry, CONTENT);
    }

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

    @Test
    void anOpenPageReloadsItselfWithinTwoSecondsOfASave() throws Exception {
        driver.get("http://localhost:" + port + "/articles/live");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("初版です");
        // The script has taken the page's ETag once it has asked for it: from then on a change is a reload.
        Thread.sleep(700);

        TestContent.save(CONTENT, "articles/live.md", "---\ntitle: Live\n---\n第二版です。\n");
        long saved = System.nanoTime();

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("main")).getText().contains("第二版です"));
        assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThan(Duration.ofSeconds(2));
    }
}

package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import jp.zadankai.TestContent;
import jp.zadankai.WireClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A server on a content folder on disk, in preview, while an editor changes files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class PreviewIntegrationTests {
    private static final Path CONTENT = TestContent.folder(
            "articles/live.md", "---\ntitle: Live\n---\n初版です。\n",
            "articles/wip.md", "---\ntitle: Wip\ndraft: true\n---\n下書き本文\n");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        TestContent.preview(registry, CONTENT);
    }

    @Autowired
    RestTestClient http;

    private static void write(String name, String text) {
        TestContent.save(CONTENT, "articles/" + name, text);
    }

    private String get(String path) {
        return http.get().uri(path).exchange().returnResult(String.class).getResponseBody();
    }

    /** Polls the page until it satisfies the condition; returns how long that took. */
    private Duration waitFor(String path, Predicate<String> condition) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
            if (condition.test(get(path))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("page " + path + " never changed: " + get(path));
    }

    @Test
    void editShowsWithinTwoSecondsAndABrokenEditKeepsTheLastGoodPageWithTheErrorShown() throws Exception {
        assertThat(get("/articles/live")).contains("初版です");

        write("live.md", "---\ntitle: Live\n---\n第二版です。\n");
        Duration shown = waitFor("/articles/live", page -> page.contains("第二版"));
        assertThat(shown).isLessThan(Duration.ofSeconds(2));

        write("live.md", "---\ntitle: [broken\n---\n壊れた版\n");
        String page = waitForValue("/articles/live", p -> p.contains("banner--errors"));
        assertThat(page).contains("第二版").doesNotContain("壊れた版")
                .contains("articles/live.md:2: ");

        write("live.md", "---\ntitle: Live\n---\n第三版です。\n");
        page = waitForValue("/articles/live", p -> p.contains("第三版"));
        assertThat(page).doesNotContain("banner--errors");
    }

    private String waitForValue(String path, Predicate<String> condition) throws Exception {
        waitFor(path, condition);
        return get(path);
    }

    @Test
    void previewShowsDraftsWithABannerAndListsThemWithTheirMark() {
        assertThat(get("/articles/wip")).contains("banner--draft", "下書き本文");
        assertThat(get("/")).contains("Wip").containsPattern("<span class=\"card__draft\">下書き</span>");
    }

    @Test
    void previewPagesAreNeverCachedAndCarryTheReloadScript() {
        for (String path : new String[] {"/", "/articles/live", "/feed.xml"}) {
            assertThat(http.get().uri(path).exchange().returnResult(byte[].class).getResponseHeaders()
                    .getCacheControl()).as(path).isEqualTo("no-store");
        }
        String script = get("/").replaceAll("(?s).*<script src=\"(/assets/preview-[0-9a-f]{32}\\.js)\" defer>.*", "$1");
        assertThat(script).startsWith("/assets/preview-");
        assertThat(get(script)).contains("location.reload()");
        assertThat(http.get().uri("/").exchange().returnResult(byte[].class).getResponseHeaders()
                .getFirst("Content-Security-Policy")).contains("script-src 'self';").doesNotContain("unsafe-inline");
    }
}

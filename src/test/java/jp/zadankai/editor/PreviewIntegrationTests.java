package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import jp.zadankai.TestContent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A server on a content folder on disk, in preview, while an editor changes files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewIntegrationTests {
    private static final Path CONTENT = TestContent.folder(
            "articles/live.md", "---\ntitle: Live\n---\n\u521d\u7248\u3067\u3059\u3002\n",
            "articles/wip.md", "---\ntitle: Wip\ndraft: true\n---\n\u4e0b\u66f8\u304d\u672c\u6587\n");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.preview", () -> "true");
        registry.add("zadankai.watch-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static void write(String name, String text) throws IOException {
        Path file = CONTENT.resolve("articles").resolve(name);
        Path temp = Files.createTempFile(CONTENT, ".edit", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
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
        assertThat(get("/articles/live")).contains("\u521d\u7248\u3067\u3059");

        write("live.md", "---\ntitle: Live\n---\n\u7b2c\u4e8c\u7248\u3067\u3059\u3002\n");
        Duration shown = waitFor("/articles/live", page -> page.contains("\u7b2c\u4e8c\u7248"));
        assertThat(shown).isLessThan(Duration.ofSeconds(2));

        write("live.md", "---\ntitle: [broken\n---\n\u58ca\u308c\u305f\u7248\n");
        String page = get("/articles/live");
        page = waitForValue("/articles/live", p -> p.contains("banner--errors"));
        assertThat(page).contains("\u7b2c\u4e8c\u7248").doesNotContain("\u58ca\u308c\u305f\u7248")
                .contains("articles/live.md:2: ");

        write("live.md", "---\ntitle: Live\n---\n\u7b2c\u4e09\u7248\u3067\u3059\u3002\n");
        page = waitForValue("/articles/live", p -> p.contains("\u7b2c\u4e09\u7248"));
        assertThat(page).doesNotContain("banner--errors");
    }

    private String waitForValue(String path, Predicate<String> condition) throws Exception {
        waitFor(path, condition);
        return get(path);
    }

    @Test
    void previewShowsDraftsWithABannerAndNeverListsThem() throws Exception {
        assertThat(get("/articles/wip")).contains("banner--draft", "\u4e0b\u66f8\u304d\u672c\u6587");
        assertThat(get("/")).doesNotContain("Wip");
    }
}

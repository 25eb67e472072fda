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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.zadankai.TestContent;
import jp.zadankai.site.CurrentSite;
import jp.zadankai.site.SiteBuild;

/** Out of preview, as readers get it: a broken edit is logged and the last good version stays online. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReloadIntegrationTests {
    private static final Path CONTENT = TestContent.folder(
            "articles/a.md", "---\ntitle: A\n---\n良い版\n",
            "articles/wip.md", "---\ntitle: W\ndraft: true\n---\nwip\n");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.watch-interval", () -> "1h");
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentSite currentSite;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void brokenEditKeepsTheLastGoodPageAndShowsNoErrorToReaders() throws Exception {
        Files.writeString(CONTENT.resolve("articles/a.md"), "---\ntitle: A\nslug: Bad Slug\n---\n壊れた版\n");

        SiteBuild build = currentSite.reload();

        assertThat(build.hasErrors()).isTrue();
        String page = get("/articles/a").body();
        assertThat(page).contains("良い版").doesNotContain("壊れた").doesNotContain("banner--errors");

        Files.writeString(CONTENT.resolve("articles/a.md"), "---\ntitle: A\n---\n直した版\n");
        assertThat(currentSite.reload().hasErrors()).isFalse();
        assertThat(get("/articles/a").body()).contains("直した版");
    }

    @Test
    void draftsAreNotFoundOutOfPreview() throws Exception {
        assertThat(get("/articles/wip").statusCode()).isEqualTo(404);
    }
}

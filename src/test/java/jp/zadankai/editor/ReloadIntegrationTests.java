package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.TestContent;
import jp.zadankai.WireClient;
import jp.zadankai.site.CurrentSite;
import jp.zadankai.site.SiteBuild;

/** Out of preview, as readers get it: a broken edit is logged and the last good version stays online. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class ReloadIntegrationTests {
    private static final Path CONTENT = TestContent.folder(
            "articles/a.md", "---\ntitle: A\n---\n良い版\n",
            "articles/wip.md", "---\ntitle: W\ndraft: true\n---\nwip\n");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.watch-interval", () -> "1h");
    }

    @Autowired
    RestTestClient http;

    @Autowired
    CurrentSite currentSite;

    private EntityExchangeResult<String> get(String path) {
        return http.get().uri(path).exchange().returnResult(String.class);
    }

    @Test
    void brokenEditKeepsTheLastGoodPageAndShowsNoErrorToReaders() throws Exception {
        Files.writeString(CONTENT.resolve("articles/a.md"), "---\ntitle: A\nslug: Bad Slug\n---\n壊れた版\n");

        SiteBuild build = currentSite.reload();

        assertThat(build.hasErrors()).isTrue();
        String page = get("/articles/a").getResponseBody();
        assertThat(page).contains("良い版").doesNotContain("壊れた").doesNotContain("banner--errors");

        Files.writeString(CONTENT.resolve("articles/a.md"), "---\ntitle: A\n---\n直した版\n");
        assertThat(currentSite.reload().hasErrors()).isFalse();
        assertThat(get("/articles/a").getResponseBody()).contains("直した版");
    }

    @Test
    void draftsAreNotFoundOutOfPreview() {
        assertThat(get("/articles/wip").getStatus().value()).isEqualTo(404);
    }
}

package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.zadankai.TestContent;
import jp.zadankai.site.CurrentSite;

/** Issue 15: content an attacker could write, as the server answers it, over raw sockets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileContentIntegrationTests {
    /** Tags that look like URL syntax but are allowed: each must still lead to its page. */
    private static final List<String> ODD_TAGS = List.of("C#", "100%", "a?b", "a b", "東京都", "+", "Node.js", "a&b",
            "...", ".NET", "%2F", "~user", "\\\"quoted\\\"");
    private static final Path CONTENT = content();

    private static Path content() {
        Path folder = TestContent.folder("articles/odd.md", "---\ntitle: 変なタグ\ndate: 2024-01-01\ntags: [\""
                + String.join("\", \"", ODD_TAGS) + "\"]\n---\n本文\n");
        try {
            Files.writeString(Files.createDirectories(folder.resolve("media")).resolve("drawing.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.watch-interval", () -> "1h");
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentSite currentSite;

    private RawHttp.Response get(String target) throws Exception {
        return RawHttp.send(port, "GET " + target + " HTTP/1.1");
    }

    /** Item 9: every tag link the site writes (article, index, sitemap, tag pages) answers 200. */
    @Test
    void everyTagTheSiteLinksToAnswers() throws Exception {
        String article = get("/articles/odd").body();
        String sitemap = get("/sitemap.xml").body();
        List<String> links = Pattern.compile("href=\"(/tags/[^\"]+)\"").matcher(article).results()
                .map(match -> match.group(1).replace("&amp;", "&")).toList();
        List<String> locs = Pattern.compile("<loc>http://localhost:8080(/tags/[^<]+)</loc>").matcher(sitemap)
                .results().map(match -> match.group(1).replace("&amp;", "&")).toList();

        assertThat(links).hasSize(ODD_TAGS.size());
        assertThat(locs).containsExactlyInAnyOrderElementsOf(links);
        for (String link : links) {
            RawHttp.Response page = get(link);
            assertThat(page.status()).as(link).isEqualTo(200);
            assertThat(page.body().replace("<wbr>", "")).as(link).contains("変なタグ");
        }
    }

    /** Item 3: a media file opened on its own runs no script: it is sandboxed, with no script source at all. */
    @Test
    void mediaIsServedWithAPolicyThatForbidsScript() throws Exception {
        RawHttp.Response svg = get("/media/drawing.svg");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(svg.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(get("/").header("Content-Security-Policy")).contains("script-src 'self'");
    }

    /** Item 3: the only responses a page can load as a script are the site's own, under /assets/. */
    @Test
    void scriptsAreServedOnlyFromAssets() {
        currentSite.get().pages().forEach((path, page) -> {
            Matcher script = Pattern.compile("javascript|ecmascript|wasm").matcher(page.contentType());
            if (script.find()) {
                assertThat(path).startsWith("/assets/");
            }
        });
    }
}

package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.WireClient;
import jp.zadankai.ZadankaiApplication;

/**
 * The static export is byte for byte what the server sends, compressed copies included, but for the スキ button:
 * a static host cannot count, so an export leaves the button, the count on the cards and the button's script out,
 * unless a server that counts is named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class ExportIntegrationTests {
    @Autowired
    RestTestClient http;

    @TempDir
    Path out;

    private EntityExchangeResult<byte[]> fetch(String path, boolean gzip) {
        return http.get().uri(path).headers(headers -> {
            if (gzip) {
                headers.set("Accept-Encoding", "gzip");
            }
        }).exchange().returnResult(byte[].class);
    }

    /** index.html is /, x/index.html is /x, the rest is itself. */
    private static String pathOf(Path relative) {
        String file = relative.toString().replace('\\', '/');
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith("/index.html") ? file.substring(0, file.length() - "/index.html".length()) : file);
    }

    /** The スキ control, where the served pages have it: the button's form, the count on a card, its script. */
    private static final java.util.regex.Pattern LIKE_CONTROL = java.util.regex.Pattern.compile(
            "<form class=\"like\".*?</form>|<img class=\"card__likes\"[^>]*>|<script src=\"/assets/like-[^\"]+\" defer></script>",
            java.util.regex.Pattern.DOTALL);

    private static byte[] withoutLikes(byte[] html) {
        String text = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        return LIKE_CONTROL.matcher(text).replaceAll("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzip) throws java.io.IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void exportedFilesEqualTheServersResponses() throws Exception {
        int status = new EditorCommands(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                out.getParent())
                .run(ZadankaiApplication.class, new String[] {"export", out.toString()});
        assertThat(status).isZero();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(out::relativize)
                    .filter(file -> !file.toString().endsWith(".gz") && !file.toString().equals("404.html")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String path = pathOf(file);
            EntityExchangeResult<byte[]> plain = fetch(path, false);
            assertThat(plain.getStatus().value()).as(path).isEqualTo(200);
            byte[] exported = Files.readAllBytes(out.resolve(file));
            Path gz = out.resolve(file + ".gz");
            if (file.toString().endsWith(".html")) {
                String served = new String(plain.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
                if (path.startsWith("/articles/")) {
                    assertThat(served).as(path).contains("<form class=\"like\"");
                }
                assertThat(new String(exported, java.nio.charset.StandardCharsets.UTF_8)).as(path)
                        .doesNotContain("/api/likes", "class=\"like");
                assertThat(withoutLikes(plain.getResponseBody())).as(path).isEqualTo(exported);
                assertThat(gunzip(Files.readAllBytes(gz))).as(path).isEqualTo(exported);
                continue;
            }
            assertThat(plain.getResponseBody()).as(path).isEqualTo(exported);
            if (Files.exists(gz)) {
                EntityExchangeResult<byte[]> compressed = fetch(path, true);
                assertThat(compressed.getResponseHeaders().getFirst("Content-Encoding")).as(path).isEqualTo("gzip");
                assertThat(compressed.getResponseBody()).as(path).isEqualTo(Files.readAllBytes(gz));
            }
        }
        EntityExchangeResult<byte[]> notFound = fetch("/no-such-page", false);
        assertThat(notFound.getResponseBody()).isEqualTo(Files.readAllBytes(out.resolve("404.html")));
    }

    @Test
    void anExportWithACountingServerCarriesTheButtonPointingThere() throws Exception {
        int status = new EditorCommands(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), out.getParent())
                .run(ZadankaiApplication.class, new String[] {"export", out.toString(),
                        "--zadankai.likes.server=https://likes.example.jp/"});
        assertThat(status).isZero();
        try (Stream<Path> walk = Files.walk(out.resolve("articles"))) {
            Path article = walk.filter(file -> file.toString().endsWith("index.html")).findFirst().orElseThrow();
            String html = Files.readString(article);
            String slug = out.resolve("articles").relativize(article.getParent()).toString();
            assertThat(html).contains("action=\"https://likes.example.jp/api/likes/" + slug + "\"",
                    "src=\"https://likes.example.jp/api/likes/" + slug + "/badge.svg\"", "/assets/like-");
        }
    }
}

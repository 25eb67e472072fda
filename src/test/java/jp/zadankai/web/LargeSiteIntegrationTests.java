package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 14: with 5,000 articles, list pages and the feed do not grow with the site, and the server starts
 * and takes an edit within the documented 64 MB heap (pages kept as gzip only, builds that keep no views). The
 * server is a process of its own, on 127.0.0.1; an OutOfMemoryError ends it, so a server that answers after the
 * edit lived through both builds.
 */
class LargeSiteIntegrationTests {
    private static final int ARTICLES = 5_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void fiveThousandArticlesGetPagedListsAndAFeedOfTheNewest() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        LocalDate first = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(content.resolve("a-" + i + ".md"), "---\ntitle: 記事 " + i + "\ndate: "
                    + first.plusDays(i) + "\ntags: [タグ" + (i % 50) + ", 全部]\n---\n"
                    + "座談会の本文です。".repeat(20) + "\n", StandardCharsets.UTF_8);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process server = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                "jp.zadankai.ZadankaiApplication", "--server.port=" + port, "--server.address=127.0.0.1",
                "--zadankai.content-dir=" + content.getParent(), "--zadankai.watch-interval=500ms")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 240_000;
            RawHttp.Response ready = null;
            while (ready == null || ready.status() != 200) {
                assertThat(server.isAlive()).as("server running; its log:\n%s", Files.readString(log)).isTrue();
                assertThat(System.currentTimeMillis()).as("ready in time").isLessThan(deadline);
                Thread.sleep(500);
                try {
                    ready = RawHttp.send(port, "GET /actuator/health/readiness HTTP/1.1");
                } catch (java.io.IOException notYet) {
                    ready = null;
                }
            }
            System.out.printf("%d articles at %s: ready after %d ms%n", ARTICLES, HEAP,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

            RawHttp.Response index = RawHttp.send(port, "GET / HTTP/1.1");
            RawHttp.Response last = RawHttp.send(port, "GET /page/" + (ARTICLES / 20) + " HTTP/1.1");
            RawHttp.Response tag = RawHttp.send(port, "GET /tags/%E5%85%A8%E9%83%A8/page/2 HTTP/1.1");
            RawHttp.Response feed = RawHttp.send(port, "GET /feed.xml HTTP/1.1");

            assertThat(index.status()).isEqualTo(200);
            assertThat(index.body().length()).isLessThan(100_000);
            assertThat(index.body()).contains("記事 4999", "href=\"/page/2\"");
            assertThat(last.status()).isEqualTo(200);
            assertThat(last.body()).contains("記事 0<").doesNotContain("rel=\"next\"");
            assertThat(tag.status()).isEqualTo(200);
            assertThat(Pattern.compile("<entry>").matcher(feed.body()).results().count()).isEqualTo(50);
            assertThat(RawHttp.send(port, "GET /articles/a-0 HTTP/1.1").status()).isEqualTo(200);

            Files.writeString(content.resolve("a-7.md"), "編集した一文です。\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            RawHttp.Response edited = null;
            while (edited == null || !edited.body().contains("編集した一文です。")) {
                assertThat(server.isAlive()).as("server running; its log:\n%s", Files.readString(log)).isTrue();
                assertThat(System.currentTimeMillis()).as("edit shown in time").isLessThan(deadline);
                Thread.sleep(500);
                try {
                    edited = RawHttp.send(port, "GET /articles/a-7 HTTP/1.1");
                } catch (RuntimeException | java.io.IOException cutOff) {
                    edited = null; // the server's state is asserted on the next round, with its log
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}

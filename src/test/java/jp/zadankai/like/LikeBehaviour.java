package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.TestContent;
import jp.zadankai.WireClient;
import jp.zadankai.ZadankaiApplication;
import jp.zadankai.editor.EditorCommands;

/**
 * What a reader sees of the スキ button, against a running server; the subclasses run it on the embedded database
 * and on PostgreSQL. Counts are compared with the count before each test, so a database shared with earlier runs
 * gives the same answers.
 */
abstract class LikeBehaviour {
    static final Path CONTENT = TestContent.folder(
            "articles/hello.md", "---\ntitle: Hello\n---\n本文です。\n",
            "articles/wip.md", "---\ntitle: Wip\ndraft: true\n---\n下書きです。\n");
    static final String ARTICLE = "/articles/hello";
    static final String API = "/api/likes/hello";
    static final int BURST = 6;
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");
    private static final Pattern READER = Pattern.compile("zadankai_reader=([A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;

    @Autowired
    LikeStore store;

    private final Map<Integer, RestTestClient> clients = new ConcurrentHashMap<>();
    /** Each test is a client of its own to the rate limit (the test talks through the trusted local proxy). */
    private final String address = nextAddress();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static String nextAddress() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** The settings that name this test's database, as the {@code likes} command is given them. */
    abstract List<String> dataOptions();

    record Reply(int status, byte[] bytes, HttpHeaders headers) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        long count() {
            Matcher m = COUNT.matcher(body());
            assertThat(m.find()).as(body()).isTrue();
            return Long.parseLong(m.group(1));
        }

        String reader() {
            String cookie = header("Set-Cookie");
            if (cookie == null) {
                return null;
            }
            Matcher m = READER.matcher(cookie);
            return m.find() ? m.group(1) : null;
        }
    }

    Reply send(int port, String method, String path, String body, String... headers) {
        RestTestClient.RequestBodySpec request = clients.computeIfAbsent(port, WireClient::to)
                .method(HttpMethod.valueOf(method)).uri(path).header("X-Forwarded-For", address);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.body(body);
        }
        EntityExchangeResult<byte[]> response = request.exchange().returnResult(byte[].class);
        byte[] bytes = response.getResponseBody();
        return new Reply(response.getStatus().value(), bytes == null ? new byte[0] : bytes,
                response.getResponseHeaders());
    }

    Reply send(String method, String path, String body, String... headers) throws Exception {
        return send(port, method, path, body, headers);
    }

    /** A press from the page's script: same origin, JSON back. */
    Reply press(int port, String action, String reader) throws Exception {
        List<String> headers = new ArrayList<>(List.of("Sec-Fetch-Site", "same-origin", "Accept", "application/json",
                "Content-Type", "application/x-www-form-urlencoded"));
        if (reader != null) {
            headers.addAll(List.of("Cookie", "zadankai_reader=" + reader));
        }
        return send(port, "POST", API, "do=" + action, headers.toArray(String[]::new));
    }

    Reply press(String action, String reader) throws Exception {
        return press(port, action, reader);
    }

    long count() throws Exception {
        Reply reply = send("GET", API, null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.count();
    }

    @Test
    void aPressCountsOnceAndAPressAgainTakesItBack() throws Exception {
        long before = count();
        Reply first = press("like", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Path=/api/likes")
                .doesNotContain("Secure");
        String reader = first.reader();
        assertThat(reader).isNotNull();
        assertThat(first.count()).isEqualTo(before + 1);
        assertThat(first.body()).contains("\"liked\":true");

        Reply again = press("like", reader);
        assertThat(again.count()).isEqualTo(before + 1);
        assertThat(again.header("Set-Cookie")).isNull();
        assertThat(send("GET", API, null, "Cookie", "zadankai_reader=" + reader).body()).contains("\"liked\":true");
        assertThat(send("GET", API, null).body()).contains("\"liked\":false");

        Reply back = press("unlike", reader);
        assertThat(back.count()).isEqualTo(before);
        assertThat(back.body()).contains("\"liked\":false");
        assertThat(press("unlike", reader).count()).isEqualTo(before);
    }

    /** The writer commits presses in batches: each must still count once, and see its own count. */
    @Test
    void pressesArrivingTogetherEachCountOnceAndTheirUndoingAsWell() throws Exception {
        long before = count();
        List<String> readers = IntStream.range(0, 96).mapToObj(i -> "reader-" + UUID.randomUUID()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<LikeState>> liked = pool.invokeAll(readers.stream()
                    .<Callable<LikeState>>map(reader -> () -> store.like("hello", reader)).toList());
            List<Long> seen = new ArrayList<>();
            for (Future<LikeState> state : liked) {
                seen.add(state.get().count());
            }
            assertThat(seen).doesNotHaveDuplicates().allMatch(n -> n > before && n <= before + readers.size());
            assertThat(count()).isEqualTo(before + readers.size());

            for (Future<LikeState> state : pool.invokeAll(readers.stream()
                    .<Callable<LikeState>>map(reader -> () -> store.unlike("hello", reader)).toList())) {
                assertThat(state.get().liked()).isFalse();
            }
            assertThat(count()).isEqualTo(before);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderWhoNeverPressesGetsNoCookieAndLeavesNothing() throws Exception {
        long before = count();
        for (String path : List.of(ARTICLE, "/", API, API + "/badge.svg")) {
            Reply reply = send("GET", path, null);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.header("Set-Cookie")).as(path).isNull();
        }
        Reply unlike = press("unlike", null);
        assertThat(unlike.status()).isEqualTo(200);
        assertThat(unlike.header("Set-Cookie")).isNull();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFormWorksWithoutScriptAndComesBackToTheButton() throws Exception {
        long before = count();
        Reply form = send("POST", API, "at=end", "Origin", "http://127.0.0.1:" + port,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(303);
        assertThat(form.header("Location")).isEqualTo(ARTICLE + "#like-end");
        String reader = form.reader();
        String badge = send("GET", API + "/badge.svg", null, "Cookie", "zadankai_reader=" + reader).body();
        assertThat(badge).contains("<svg", ">" + (before + 1) + "<", "fill=\"#d13e5c\"");
        assertThat(send("GET", API + "/badge.svg", null).body()).contains("fill=\"none\"");

        Reply again = send("POST", API, "at=top", "Cookie", "zadankai_reader=" + reader,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo(ARTICLE + "#like-top");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPressFromAnotherSiteIsRefused() throws Exception {
        long before = count();
        for (String[] headers : List.of(new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null"})) {
            Reply reply = send("POST", API, "do=like", headers);
            assertThat(reply.status()).as(headers[1]).isEqualTo(403);
            assertThat(reply.header("Set-Cookie")).isNull();
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownAndDraftArticlesAre404AndNothingIsSet() throws Exception {
        for (String path : List.of("/api/likes/no-such-article", "/api/likes/wip")) {
            Reply post = send("POST", path, "do=like", "Sec-Fetch-Site", "same-origin");
            assertThat(post.status()).as(path).isEqualTo(404);
            assertThat(post.header("Set-Cookie")).isNull();
            assertThat(post.body()).contains("<html lang=\"ja\">", "404");
            assertThat(send("GET", path, null).status()).isEqualTo(404);
            assertThat(send("GET", path + "/badge.svg", null).status()).isEqualTo(404);
        }
    }

    @Test
    void onlyTheLikeRouteTakesAPost() throws Exception {
        assertThat(send("POST", ARTICLE, "do=like").status()).isEqualTo(405);
        assertThat(send("POST", "/", "x").status()).isEqualTo(405);
        assertThat(send("POST", API + "/badge.svg", "do=like").status()).isEqualTo(405);
        assertThat(send("POST", "/api/likes/hello/x", "do=like").status()).isEqualTo(405);
        assertThat(send("PUT", API, "do=like").status()).isEqualTo(405);
        assertThat(send("DELETE", API, null).status()).isEqualTo(405);
    }

    @Test
    void aLongBodyIsNoPress() throws Exception {
        long before = count();
        Reply reply = send("POST", API, "do=like&" + "x".repeat(200), "Sec-Fetch-Site", "same-origin");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Set-Cookie")).isNull();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMalformedFormIsABadRequestThatStoresNothing() throws Exception {
        long before = count();
        for (String body : List.of("do=%ZZ", "%", "do=%E3%81", "a=1&b=2&c=3&d=4&e=5")) {
            Reply reply = send("POST", API, body, "Sec-Fetch-Site", "same-origin",
                    "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json");
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Set-Cookie")).as(body).isNull();
            assertThat(reply.body()).as(body).contains("<html lang=\"ja\">");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void likesNeverChangeAPagesBytesOrETag() throws Exception {
        Reply page = send("GET", ARTICLE, null);
        Reply index = send("GET", "/", null);
        assertThat(page.body()).contains("action=\"/api/likes/hello\"", "id=\"like-top\"", "id=\"like-end\"");
        assertThat(index.body()).contains("src=\"/api/likes/hello/badge.svg\"");
        assertThat(page.header("Content-Security-Policy")).contains("form-action 'self'");
        String reader = press("like", null).reader();
        press("unlike", reader);
        press("like", reader);
        Reply after = send("GET", ARTICLE, null);
        assertThat(after.bytes()).isEqualTo(page.bytes());
        assertThat(after.header("ETag")).isEqualTo(page.header("ETag"));
        assertThat(send("GET", "/", null).bytes()).isEqualTo(index.bytes());
    }

    @Test
    void theCountAndTheBadgeSayWhatTheyAreHowLongToKeepThemAndCarryTheSitesHeaders() throws Exception {
        Reply count = send("GET", API, null);
        assertThat(count.header("Content-Type")).isEqualTo("application/json");
        assertThat(count.header("Cache-Control")).contains("max-age=5", "private");
        Reply badge = send("GET", API + "/badge.svg", null);
        assertThat(badge.header("Content-Type")).isEqualTo("image/svg+xml;charset=UTF-8");
        assertThat(badge.header("Cache-Control")).contains("no-cache", "private");
        Reply head = send("HEAD", API, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(count.header("Content-Length"));
        Reply press = press("unlike", null);
        for (Reply reply : List.of(count, badge, head, press)) {
            assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'", "form-action 'self'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(press.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void overHttpsTheReadersCookieIsSecure() throws Exception {
        Reply first = send("POST", API, "do=like", "Sec-Fetch-Site", "same-origin", "Accept", "application/json",
                "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Proto", "https");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/api/likes");
        assertThat(first.header("Strict-Transport-Security")).isNotNull();
        press("unlike", first.reader());
    }

    @Test
    void aBurstOverTheLimitGets429WithTheSitesPage() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= BURST; i++) {
            statuses.add(press("unlike", null).status());
        }
        assertThat(statuses.subList(0, BURST)).containsOnly(200);
        Reply limited = press("like", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Set-Cookie")).isNull();
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.body()).contains("<html lang=\"ja\">", "429", "少し時間をおいてから");
    }

    @Test
    void theLikesCommandPrintsEachArticlesCount() throws Exception {
        long count = count() + 1;
        press("like", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("likes", "--zadankai.content-dir=" + CONTENT));
        args.addAll(dataOptions());
        int status = new EditorCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), CONTENT.getParent())
                .run(ZadankaiApplication.class, args.toArray(String[]::new));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello\t" + count + System.lineSeparator());
    }
}

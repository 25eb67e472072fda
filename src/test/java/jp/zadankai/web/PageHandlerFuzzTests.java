package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.springframework.web.util.UriUtils;
import jp.zadankai.site.Page;
import jp.zadankai.site.Site;

/**
 * Whatever request reaches the handler, it answers a page of the snapshot or hands the request on. Requests go
 * through Jetty's own parser over its in-memory connector: a real socket would spend each run on the network.
 */
class PageHandlerFuzzTests {
    private static final Page ARTICLE = TestPages.html("<!DOCTYPE html><html lang=\"ja\"><p>座談会</p>"
            + "x".repeat(500) + "</html>");
    /** Too short to gain from compression: a page with no gzip copy. */
    private static final Page TAG = TestPages.html("<p>tag</p>");
    private static final Page IMAGE = Page.of("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            Page.IMMUTABLE_CACHE);
    private static final Site SITE = new Site(
            Map.of("/", ARTICLE, "/articles/a", ARTICLE, "/tags/東京都", TAG, "/media/a.png", IMAGE),
            List.of(), Map.of(), List.of());

    /**
     * The snapshot's paths, sorted (a Map.of iterates in a different order in every JVM, and a saved input must pick
     * the same path again), and near misses that a lookup which trims, folds case or decodes would answer.
     */
    private static final String[] PATHS = Stream.concat(SITE.pages().keySet().stream().sorted(), Stream.of(
            "", "/articles/a/", "/articles/A", "/Articles/a", "/articles/a;jsessionid=1", "/articles/a?x=1",
            "//articles/a", "/articles//a", "/articles/./a", "/x/../articles/a", "/articles/a ", " /articles/a",
            "/articles/a%20", "/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD", "/tags/東京", "/tags/東京都/", "/media/a.PNG",
            "/articles/a\u0000", "/articles", "/index.html")).toArray(String[]::new);
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH",
            "CONNECT", "get", "Head", "GET ", ""};
    private static final String[] ENCODINGS = {"gzip", "GZIP", "x-gzip", "br", "deflate", "identity", "*",
            "gzip;q=0", "gzip;q=0.0", "gzip; q=0", "gzip;q=1", "gzip;q=0.5", "gzip;q=", "gzip;", "q=0", ",", ";",
            " ", "\t", "gzip, deflate, br"};
    private static final String[] ETAGS = {ARTICLE.etag(), ARTICLE.gzipEtag(), "W/" + ARTICLE.etag(), TAG.etag(), IMAGE.etag(), "*",
            "\"other\"", "W/", "\"", ",", ", ", " ", "W/\"\""};

    private static final String HANDED_ON = "X-Handed-On";
    private static final String SECURE = "X-Test-Secure";
    /** The request as the page handler was given it: Jetty's parser is lenient, and the oracle is what it read. */
    private static final AtomicReference<Seen> SEEN = new AtomicReference<>();
    private static final LocalConnector CONNECTOR = start();

    private record Seen(String method, String path, boolean secure, String acceptEncoding, String ifNoneMatch) {
    }

    private static LocalConnector start() {
        Server server = new Server();
        HttpConfiguration configuration = new HttpConfiguration();
        // The connector is never secure; a header of the test's own stands for a request that came over HTTPS.
        configuration.addCustomizer((request, responseHeaders) -> request.getHeaders().contains(SECURE)
                ? new Request.Wrapper(request) {
                    @Override
                    public boolean isSecure() {
                        return true;
                    }
                } : request);
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(configuration));
        server.addConnector(connector);
        server.setHandler(new Handler.Wrapper(new PageHandler(() -> SITE, SecurityHeadersFilter.headers(false),
                SecurityHeadersFilter.headers(true), SecurityHeadersFilter.MEDIA_POLICY, new Next())) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                SEEN.set(new Seen(request.getMethod(), request.getHttpURI().getDecodedPath(), request.isSecure(),
                        request.getHeaders().get(HttpHeader.ACCEPT_ENCODING),
                        request.getHeaders().get(HttpHeader.IF_NONE_MATCH)));
                return super.handle(request, response, callback);
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return connector;
    }

    @FuzzTest(maxDuration = "30s")
    void answersPagesOfTheSnapshotAndHandsTheServletRoutesOn(FuzzedDataProvider data) throws Exception {
        String method = data.consumeBoolean() ? data.pickValue(METHODS) : data.consumeAsciiString(8);
        String path = data.consumeBoolean() ? data.pickValue(PATHS) : data.consumeString(40);
        boolean secure = data.consumeBoolean();
        String acceptEncoding = header(data, ENCODINGS);
        String ifNoneMatch = header(data, ETAGS);

        StringBuilder request = new StringBuilder()
                .append(oneLine(method)).append(' ').append(target(path)).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (secure) {
            request.append(SECURE).append(": 1\r\n");
        }
        if (acceptEncoding != null) {
            request.append("Accept-Encoding: ").append(oneLine(acceptEncoding)).append("\r\n");
        }
        if (ifNoneMatch != null) {
            request.append("If-None-Match: ").append(oneLine(ifNoneMatch)).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        SEEN.set(null);
        ByteBuffer raw = CONNECTOR.getResponse(StandardCharsets.ISO_8859_1.encode(request.toString()));
        Seen seen = SEEN.get();
        // The answer to a HEAD has a Content-Length and no body.
        HttpTester.Response response = raw == null ? null : seen != null && seen.method().equals("HEAD")
                ? HttpTester.parseHeadResponse(raw) : HttpTester.parseResponse(raw);
        if (seen == null) {
            // Refused by Jetty before any handler (a control character in a header, a request line it reads as
            // HTTP/0.9, too long a field), with an error or by closing the connection: never a page.
            if (response != null) {
                assertThat(response.getStatus()).as("a refusal of %s", request).isGreaterThanOrEqualTo(400);
                assertThat(response.get("ETag")).as("a page in a refusal").isNull();
            }
            return;
        }
        assertThat(response).as("the answer to %s", request).isNotNull();
        Page page = seen.path() == null ? null : SITE.page(seen.path());
        boolean getOrHead = seen.method().equals("GET") || seen.method().equals("HEAD");
        boolean answerable = page != null && getOrHead;
        boolean handedOn = response.contains(HANDED_ON);
        if (page == null && getOrHead && seen.path() != null
                && PageHandler.SERVLET_ROUTES.stream().noneMatch(seen.path()::startsWith)) {
            assertThat(handedOn).as("%s %s handed on", method, path).isFalse();
            assertThat(response.getStatus()).as("%s %s", method, path).isEqualTo(404);
            assertThat(response.get("ETag")).as("%s %s answered with a page", method, path).isNull();
            return;
        }
        if (!answerable) {
            assertThat(handedOn).as("%s %s handed on", method, path).isTrue();
            assertThat(response.get("ETag")).as("%s %s answered with a page", method, path).isNull();
            return;
        }
        assertThat(handedOn).as("%s %s handed on", method, path).isFalse();
        assertThat(response.get("Content-Security-Policy")).as("security headers").isNotNull();
        assertThat(response.contains("Strict-Transport-Security")).as("HSTS when secure").isEqualTo(seen.secure());
        boolean gzip = page.gzip() != null && PageHandler.acceptsGzip(seen.acceptEncoding());
        assertThat(response.get("ETag")).isEqualTo(gzip ? page.gzipEtag() : page.etag());
        int status = response.getStatus();
        assertThat(status).as("status for If-None-Match %s", seen.ifNoneMatch()).isIn(200, 304);
        byte[] body = response.getContentBytes() == null ? new byte[0] : response.getContentBytes();
        if (status == 304) {
            assertThat(seen.ifNoneMatch()).as("If-None-Match of a 304").isNotNull();
            assertThat(body).isEmpty();
        } else if (seen.method().equals("HEAD")) {
            assertThat(body).isEmpty();
        } else if ("gzip".equals(response.get("Content-Encoding"))) {
            assertThat(page.gzip()).as("gzip copy of %s", path).isNotNull();
            assertThat(body).isEqualTo(page.gzip());
        } else {
            assertThat(body).isEqualTo(page.body());
        }
    }

    /**
     * The request target a browser would send for the path: each character outside printable ASCII
     * percent-encoded as UTF-8, so that what Jetty decodes is the path itself.
     */
    private static String target(String path) {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8).replace(" ", "%20");
    }

    /** A header value or method on one line: a line break would start another header or request. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** Absent, a run of the dictionary's pieces, or raw text; sent as ISO-8859-1. */
    private static String header(FuzzedDataProvider data, String[] pieces) {
        int kind = data.consumeInt(0, 2);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return data.consumeString(40);
        }
        StringBuilder value = new StringBuilder();
        for (int piece = data.consumeInt(1, 4); piece > 0; piece--) {
            value.append(data.pickValue(pieces));
        }
        return value.toString();
    }

    /** The servlet side, as far as this handler can tell: marks what reached it. */
    private static final class Next extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(404);
            response.getHeaders().put(HANDED_ON, "1");
            response.write(true, null, callback);
            return true;
        }
    }
}

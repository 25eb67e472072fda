package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.ActionHook;
import org.apache.coyote.OutputBuffer;
import org.apache.tomcat.util.http.MimeHeaders;
import jp.zadankai.site.Page;
import jp.zadankai.site.Site;

/**
 * Whatever request reaches the valve, it answers a page of the snapshot or hands the request on. Requests are
 * Tomcat's own objects with no connection behind them: a real server would spend each run on the network.
 */
class SiteValveFuzzTests {
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

    private static final Connector CONNECTOR = new Connector();
    /** Package-private in Tomcat; the hook is how a test sees the headers at the moment they are sent. */
    private static final Method SET_HOOK = setHook();
    private static final Next NEXT = new Next();
    private static final SiteValve VALVE = valve();

    private static SiteValve valve() {
        SiteValve valve = new SiteValve(() -> SITE, SecurityHeadersFilter.headers(false),
                SecurityHeadersFilter.headers(true), SecurityHeadersFilter.MEDIA_POLICY);
        valve.setNext(NEXT);
        return valve;
    }

    private static Method setHook() {
        try {
            Method setHook = org.apache.coyote.Response.class.getDeclaredMethod("setHook", ActionHook.class);
            setHook.setAccessible(true);
            return setHook;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void answersPagesOfTheSnapshotAndHandsEverythingElseOn(FuzzedDataProvider data) throws Exception {
        String method = data.consumeBoolean() ? data.pickValue(METHODS) : data.consumeAsciiString(8);
        String path = data.consumeBoolean() ? data.pickValue(PATHS) : data.consumeString(40);
        boolean secure = data.consumeBoolean();
        String acceptEncoding = header(data, ENCODINGS);
        String ifNoneMatch = header(data, ETAGS);
        Exchange exchange = new Exchange(method, path, secure, acceptEncoding, ifNoneMatch);
        NEXT.invoked = false;

        VALVE.invoke(exchange.request, exchange.response);

        Page page = SITE.page(path);
        boolean answerable = page != null && (method.equals("GET") || method.equals("HEAD"));
        if (!answerable) {
            assertThat(NEXT.invoked).as("%s %s handed on", method, path).isTrue();
            assertThat(exchange.sent).as("response sent to %s %s", method, path).isNull();
            assertThat(exchange.response.getCoyoteResponse().getMimeHeaders().size())
                    .as("headers set for %s %s", method, path).isZero();
            assertThat(exchange.body.size()).as("bytes written for %s %s", method, path).isZero();
            return;
        }
        assertThat(NEXT.invoked).as("%s %s handed on", method, path).isFalse();
        assertThat(exchange.sent).as("response sent to %s %s", method, path).isNotNull();
        boolean gzip = page.gzip() != null && SiteValve.acceptsGzip(acceptEncoding);
        assertThat(exchange.sent.getHeader("ETag")).isEqualTo(gzip ? page.gzipEtag() : page.etag());
        int status = exchange.response.getStatus();
        assertThat(status).as("status for If-None-Match %s", ifNoneMatch).isIn(200, 304);
        byte[] body = exchange.body.toByteArray();
        if (status == 304) {
            assertThat(ifNoneMatch).as("If-None-Match of a 304").isNotNull();
            assertThat(body).isEmpty();
        } else if (method.equals("HEAD")) {
            assertThat(body).isEmpty();
        } else if ("gzip".equals(exchange.sent.getHeader("Content-Encoding"))) {
            assertThat(page.gzip()).as("gzip copy of %s", path).isNotNull();
            assertThat(body).isEqualTo(page.gzip());
        } else {
            assertThat(body).isEqualTo(page.body());
        }
    }

    /** Absent, a run of the dictionary's pieces, or raw text; Tomcat hands headers over as ISO-8859-1. */
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

    /** A request as Tomcat's connector would hand it to the valve, and what the valve sent in reply. */
    private static final class Exchange {
        final Request request;
        final Response response;
        /** Null until the response is committed: the valve blanks its header slots once they are sent. */
        MimeHeaders sent;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Exchange(String method, String path, boolean secure, String acceptEncoding, String ifNoneMatch)
                throws ReflectiveOperationException {
            org.apache.coyote.Request coyoteRequest = new org.apache.coyote.Request();
            coyoteRequest.method().setString(method);
            coyoteRequest.decodedURI().setString(path);
            addHeader(coyoteRequest.getMimeHeaders(), "Accept-Encoding", acceptEncoding);
            addHeader(coyoteRequest.getMimeHeaders(), "If-None-Match", ifNoneMatch);
            request = new Request(CONNECTOR, coyoteRequest);
            request.setSecure(secure);
            coyoteRequest.setNote(CoyoteAdapter.ADAPTER_NOTES, request);
            org.apache.coyote.Response coyoteResponse = new org.apache.coyote.Response();
            coyoteRequest.setResponse(coyoteResponse);
            SET_HOOK.invoke(coyoteResponse, (ActionHook) this::commit);
            coyoteResponse.setOutputBuffer(new OutputBuffer() {
                @Override
                public int doWrite(ByteBuffer chunk) {
                    int length = chunk.remaining();
                    body.write(chunk.array(), chunk.arrayOffset() + chunk.position(), length);
                    chunk.position(chunk.limit());
                    return length;
                }

                @Override
                public long getBytesWritten() {
                    return body.size();
                }
            });
            response = new Response(coyoteResponse);
            response.setRequest(request);
            request.setResponse(response);
        }

        /** Where the connector would write the status line and headers. */
        private void commit(ActionCode action, Object param) {
            if (action == ActionCode.COMMIT) {
                assertThat(sent).as("committed twice").isNull();
                sent = new MimeHeaders();
                try {
                    sent.duplicate(response.getCoyoteResponse().getMimeHeaders());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static void addHeader(MimeHeaders headers, String name, String value) {
            if (value != null) {
                byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
                headers.addValue(name).setBytes(bytes, 0, bytes.length);
            }
        }
    }

    private static final class Next extends ValveBase {
        volatile boolean invoked;

        @Override
        public void invoke(Request request, Response response) {
            invoked = true;
        }
    }
}

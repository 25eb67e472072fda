package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.zadankai.like.LikePolicy;

/**
 * Which requests the スキ handler takes, before any database: those that are no like route go on to the servlet
 * side, unchanged. The store is absent here, so a request that reached it would fail the test; what it does with
 * the database is {@code LikeBehaviour}'s.
 */
class LikeHandlerTests {
    private static final String HANDED_ON = "X-Handed-On";

    private final Server server = new Server();
    private final LocalConnector connector = new LocalConnector(server);

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private void start() throws Exception {
        server.addConnector(connector);
        server.setHandler(new LikeHandler(null, () -> null, new LikePolicy(6, 60, "https://example.jp"),
                new Handler.Abstract() {
                    @Override
                    public boolean handle(Request request, Response response, Callback callback) {
                        response.getHeaders().put(HANDED_ON, request.getMethod() + " "
                                + request.getHttpURI().getDecodedPath());
                        response.setStatus(204);
                        callback.succeeded();
                        return true;
                    }
                }));
        server.start();
    }

    private HttpTester.Response send(String method, String path, String... headers) throws Exception {
        StringBuilder request = new StringBuilder(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        ByteBuffer raw = connector.getResponse(StandardCharsets.ISO_8859_1.encode(request.append("\r\n").toString()));
        return method.equals("HEAD") ? HttpTester.parseHeadResponse(raw) : HttpTester.parseResponse(raw);
    }

    @Test
    void requestsThatAreNoLikeRouteGoOnUnchanged() throws Exception {
        start();
        for (String request : List.of("GET /actuator/health", "GET /api/other/x", "GET /api/likes/",
                "GET /api/likes/Hello", "GET /api/likes/hello/x", "GET /api/likes/a%2Fb", "POST /api/likes/hello/x",
                "POST /api/likes/hello/badge.svg", "PUT /api/likes/hello", "DELETE /api/likes/hello",
                "OPTIONS /api/likes/hello", "GET /api/likes/" + "a".repeat(201))) {
            String[] parts = request.split(" ");
            HttpTester.Response response = send(parts[0], parts[1], "Content-Length", "0");
            if (parts[1].contains("%2F")) {
                // Jetty refuses an encoded slash before any handler.
                assertThat(response.getStatus()).as(request).isEqualTo(400);
            } else {
                assertThat(response.getStatus()).as(request).isEqualTo(204);
                assertThat(response.get(HANDED_ON)).as(request).isEqualTo(parts[0] + " " + parts[1]);
            }
        }
    }

    @Test
    void beforeTheFirstSnapshotNoArticleCanBeLikedOrCounted() throws Exception {
        start();
        for (String request : List.of("GET /api/likes/hello", "HEAD /api/likes/hello",
                "GET /api/likes/hello/badge.svg")) {
            String[] parts = request.split(" ");
            HttpTester.Response response = send(parts[0], parts[1]);
            assertThat(response.getStatus()).as(request).isEqualTo(404);
            assertThat(response.get(HANDED_ON)).as(request).isNull();
        }
        HttpTester.Response press = send("POST", "/api/likes/hello", "Sec-Fetch-Site", "same-origin",
                "Content-Type", "application/x-www-form-urlencoded", "Content-Length", "7");
        assertThat(press.getStatus()).isEqualTo(404);
        assertThat(press.get("Set-Cookie")).isNull();
    }

    @Test
    void aPressIsCheckedForSizeAndOriginBeforeAnythingElse() throws Exception {
        start();
        HttpTester.Response chunked = send("POST", "/api/likes/hello", "Sec-Fetch-Site", "same-origin",
                "Transfer-Encoding", "chunked");
        assertThat(chunked.getStatus()).isEqualTo(413);
        HttpTester.Response large = send("POST", "/api/likes/hello", "Sec-Fetch-Site", "same-origin",
                "Content-Length", "65");
        assertThat(large.getStatus()).isEqualTo(413);
        for (String[] from : List.of(new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "same-site"}, new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "https://example.jp.evil.example"})) {
            HttpTester.Response response = send("POST", "/api/likes/hello", from[0], from[1], "Content-Length", "0");
            assertThat(response.getStatus()).as(String.join(": ", from)).isEqualTo(403);
            assertThat(response.get("Set-Cookie")).isNull();
        }
    }
}

package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.zadankai.ZadankaiApplication;

/**
 * The embedded database keeps every スキ it answered 2xx for, even when the server is killed with SIGKILL right
 * after (SQLite in WAL mode, each commit synced before the answer). The server
 * runs as a process of its own, on this JVM's class path.
 */
class LikeDurabilityIntegrationTests {
    private static final int PRESSES = 20;

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void likesAnsweredBeforeAKillMinus9AreThereAfterTheRestart() throws Exception {
        int port = freePort();
        Process server = start(port);
        try {
            awaitReady(port);
            for (int i = 0; i < PRESSES; i++) {
                HttpResponse<String> reply = press(port, "198.51.100." + (i + 1));
                assertThat(reply.statusCode()).isEqualTo(200);
                assertThat(reply.body()).contains("\"count\":" + (i + 1));
            }
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.exitValue()).isEqualTo(137);

        Process restarted = start(port);
        try {
            awaitReady(port);
            assertThat(get(port).body()).contains("\"count\":" + PRESSES);
            // Behind no trusted proxy (only 192.0.2.1 is one here), X-Forwarded-For is ignored: every press counts
            // against the one real address, whatever address it claims.
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i <= PRESSES; i++) {
                statuses.add(press(port, "203.0.113." + (i + 1)).statusCode());
            }
            assertThat(statuses.subList(0, PRESSES)).containsOnly(200);
            assertThat(statuses.get(PRESSES)).isEqualTo(429);
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", ZadankaiApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--zadankai.content-dir=" + LikeBehaviour.CONTENT, "--zadankai.data-dir=" + data.resolve("data"),
                "--zadankai.likes.burst=" + PRESSES, "--zadankai.likes.per-minute=1",
                "--zadankai.trusted-proxies=192\\.0\\.2\\.1");
        Path log = Files.createTempFile(data, "server", ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits at most a minute for the server to answer. */
    private void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (get(port).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server on port " + port + " did not answer within a minute");
    }

    private HttpResponse<String> get(int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LikeBehaviour.API))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new reader's first press (no cookie), claiming to come through a proxy for the given address. */
    private HttpResponse<String> press(int port, String forwardedFor) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LikeBehaviour.API))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json")
                .header("Sec-Fetch-Site", "same-origin").header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("do=like")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

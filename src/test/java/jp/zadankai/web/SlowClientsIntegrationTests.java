package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15, items 2 and 4: hostile clients against the server as deployed, a process of its own with the documented
 * {@code -Xmx64m}, on 127.0.0.1. Every loop is bounded; the figures are printed for src/SECURITY.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlowClientsIntegrationTests {
    private static final String ARTICLE = "/articles/nerima-tokyo-cio-roundtable-1";
    private static final long START_TIMEOUT_MS = 120_000;

    private static Process server;
    private static Path log;
    private static int port;

    @BeforeAll
    static void startServerWithTheDocumentedHeap() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        log = Files.createTempFile("zadankai-slow-clients", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "jp.zadankai.ZadankaiApplication", "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!answers("/actuator/health/readiness", 2_000)) {
            assertThat(server.isAlive()).as("server running; its log: %s", log).isTrue();
            assertThat(System.currentTimeMillis()).as("server ready in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Whether a GET is answered 200 within the time, on a connection of its own. */
    private static boolean answers(String path, int timeoutMs) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] status = socket.getInputStream().readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    /** Milliseconds until a reader's GET is answered, trying for at most the time given; -1 if never. */
    private static long timeToAnswer(String path, long withinMs) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(withinMs);
        while (System.nanoTime() < deadline) {
            if (answers(path, (int) Math.max(100, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())))) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
        }
        return -1;
    }

    /** Opens connections without waiting for each, so that refused or queued ones cost no time. */
    private static List<SocketChannel> open(int count) throws IOException {
        List<SocketChannel> channels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.connect(new InetSocketAddress("127.0.0.1", port));
            channels.add(channel);
        }
        return channels;
    }

    /** Writes the bytes to every connection that is established by the deadline; returns how many took them. */
    private static int sendToConnected(List<SocketChannel> channels, byte[] bytes, long withinMs) {
        long deadline = System.currentTimeMillis() + withinMs;
        boolean[] sent = new boolean[channels.size()];
        int count = 0;
        while (count < channels.size() && System.currentTimeMillis() < deadline) {
            for (int i = 0; i < channels.size(); i++) {
                if (sent[i]) {
                    continue;
                }
                try {
                    SocketChannel channel = channels.get(i);
                    if (channel.isConnected() || channel.finishConnect()) {
                        channel.write(ByteBuffer.wrap(bytes));
                        sent[i] = true;
                        count++;
                    }
                } catch (IOException refused) {
                    sent[i] = true;
                }
            }
        }
        return count;
    }

    private static void closeAll(List<SocketChannel> channels) {
        for (SocketChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing is all that is asked of it.
            }
        }
    }

    /** Milliseconds until the server has closed at least the given number of the connections; -1 if never. */
    private static long timeUntilClosedByServer(List<SocketChannel> channels, int count, long withinMs)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(withinMs);
        ByteBuffer sink = ByteBuffer.allocate(1_024);
        boolean[] closed = new boolean[channels.size()];
        int closedCount = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < channels.size(); i++) {
                if (closed[i]) {
                    continue;
                }
                try {
                    sink.clear();
                    closed[i] = channels.get(i).read(sink) < 0;
                } catch (IOException reset) {
                    closed[i] = true;
                }
                closedCount += closed[i] ? 1 : 0;
            }
            if (closedCount >= count) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            Thread.sleep(20);
        }
        return -1;
    }

    /**
     * Item 2: 3,000 connections that each send part of a header do not end the server at -Xmx64m, and the server
     * frees their slots for readers. The tight bound is on what the server does: a slowloris connection it has
     * accepted is closed after a second of silence. How long a reader then waits also depends on the kernel, which
     * drops a SYN while the listen queue is full and lets the client retry after 1, 3 and 7 s; that bound is loose.
     */
    @Test
    @Order(1)
    void slowlorisDoesNotEndTheServer() throws Exception {
        // One at a time, so that none waits for a SYN retry and all 600 fall silent together.
        List<SocketChannel> slowloris = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.configureBlocking(false);
            slowloris.add(channel);
        }
        try {
            byte[] partialHeader = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            int partial = sendToConnected(slowloris, partialHeader, 5_000);
            // Without the crowd's shorter idle timeout (1 s) they would be held for the full one (5 s).
            long freed = timeUntilClosedByServer(slowloris, 300, 10_000);
            slowloris.addAll(open(2_400));
            partial += sendToConnected(slowloris.subList(600, 3_000), partialHeader, 5_000);
            long during = timeToAnswer("/", 30_000);
            System.out.printf("slowloris: %d of 3000 connections sent a partial header; half of the first 600"
                    + " closed by the server after %d ms; a reader answered after %d ms%n", partial, freed, during);

            assertThat(server.isAlive()).isTrue();
            // Counted from the last partial header sent, the first of them fell silent up to the writing's time before.
            assertThat(freed).as("the crowd's silent connections closed after a second of silence")
                    .isBetween(500L, 3_500L);
            // Measured 1.9–2.0 s; 16–20 s when the connections accepted after the first 600 kept the full timeout.
            assertThat(during).as("a reader is answered while the crowd is still there").isBetween(0L, 10_000L);
        } finally {
            closeAll(slowloris);
        }
        assertThat(timeToAnswer("/actuator/health/liveness", 10_000)).isBetween(0L, 10_000L);
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    /**
     * Item 4: 125 connections that announce a large body and send one byte, and 125 that pipeline requests and
     * never read the answers, hold no worker a reader needs.
     */
    @Test
    @Order(2)
    void bodiesNeverSentAndAnswersNeverReadLeaveWorkersForReaders() throws Exception {
        List<SocketChannel> posts = open(125);
        List<SocketChannel> pipelines = open(125);
        try {
            int posting = sendToConnected(posts, ("POST " + ARTICLE + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Length: 100000000\r\n\r\nx").getBytes(StandardCharsets.US_ASCII), 10_000);
            int pipelining = sendToConnected(pipelines, ("GET " + ARTICLE + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .repeat(200).getBytes(StandardCharsets.US_ASCII), 10_000);
            Thread.sleep(500);
            // A reader on a loaded two-core machine may miss once; a starved server misses every time.
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3 && best > 1_000; i++) {
                long answered = timeToAnswer(ARTICLE, 5_000);
                best = answered < 0 ? best : Math.min(best, answered);
            }
            System.out.printf("slow bodies and unread pipelines: %d + %d connections; a reader answered after"
                    + " %d ms%n", posting, pipelining, best);

            assertThat(posting + pipelining).isEqualTo(250);
            assertThat(best).as("a reader answered while 250 hostile connections are open").isLessThanOrEqualTo(1_000);
        } finally {
            closeAll(posts);
            closeAll(pipelines);
        }
        assertThat(server.isAlive()).isTrue();
    }
}

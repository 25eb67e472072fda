package jp.zadankai.web;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

import jp.zadankai.site.Page;
import jp.zadankai.site.CurrentSite;

/**
 * Opt-in ({@code zadankai.warm-up}, off by default): a cold JVM serves a fraction of its steady rate for its first
 * minute. Before the application reports itself ready, this sends its own page through the whole stack (Jetty,
 * the page handler, the snapshot) until the serving path is compiled or the time given is up. Spring Boot reports
 * readiness only after every {@link ApplicationReadyEvent} listener has returned, so a load balancer that waits
 * for {@code /actuator/health/readiness} then sends readers to a warm server; by default readiness comes with the
 * first snapshot instead, and the pages are served at once, only more slowly for the first minute.
 */
public class WarmUp implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final int CONNECTIONS = 32;
    private static final int BATCH = 2_000;

    private final CurrentSite currentSite;
    private final Duration limit;

    /** @param limit the longest the warm-up may last; zero for none */
    public WarmUp(CurrentSite currentSite, Duration limit) {
        this.currentSite = currentSite;
        this.limit = limit;
    }

    /**
     * Sends batches from several connections, as readers would, each followed by a pause as long as the batch,
     * until the serving path is compiled (five batches in a row that neither beat the best by 5% nor kept the JIT
     * compilers busy for 5% of the time) or the time given is up, whichever comes first.
     * The rate alone is not enough: it stays flat for seconds while the compilers still work through their queue,
     * and a server declared ready then served its first 10 seconds at half speed.
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (limit.isZero() || limit.isNegative()
                || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        URI page = page(web.getWebServer().getPort());
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        int sent = 0;
        try {
            long best = Long.MAX_VALUE;
            int flat = 0;
            while (System.nanoTime() < deadline && flat < 5) {
                long batchStart = System.nanoTime();
                long compilingBefore = compilingMillis();
                int perConnection = BATCH / CONNECTIONS;
                List<Future<Integer>> done = new ArrayList<>();
                for (int c = 0; c < CONNECTIONS; c++) {
                    done.add(clients.submit(() -> send(page, perConnection)));
                }
                for (Future<Integer> future : done) {
                    sent += future.get();
                }
                long took = System.nanoTime() - batchStart;
                // The compilers run beside the server and these clients; on one core, without a pause they would
                // get a sliver of it and the queue of methods to compile would outlast the warm-up.
                TimeUnit.NANOSECONDS.sleep(took);
                boolean compiling = (compilingMillis() - compilingBefore) * 1_000_000 > 2 * took * 0.05;
                flat = took < best * 0.95 || compiling ? 0 : flat + 1;
                best = Math.min(best, took);
            }
            log.info("Warmed up the serving path with {} requests in {} ms", sent,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            log.warn("Warm-up stopped early after {} requests: {}", sent, e.toString());
        } finally {
            clients.shutdownNow();
        }
    }

    /** Time the JIT compilers have spent so far, summed over their threads; 0 where the JVM does not tell. */
    private static long compilingMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : 0;
    }

    /**
     * The newest article, plain and compressed, with and without a matching ETag (the index when there is no
     * article). Every page takes the same path through the server, so one is enough; the index is left out because
     * with a thousand articles it is a list a thousand cards long, and sending it a hundred thousand times made
     * the warm-up last minutes.
     */
    private URI page(int port) {
        String path = currentSite.get().articles().stream().findFirst()
                .map(article -> "/articles/" + article.slug()).orElse("/");
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * Requests over one keep-alive connection, written and read by hand: the JDK's HttpClient costs the single
     * core it shares with the server several times what the server spends answering.
     */
    private int send(URI page, int count) throws IOException {
        int port = page.getPort();
        String path = page.getPath();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            for (int i = 0; i < count; i++) {
                // A proxy sends the site's name as Host, a health checker often an address: both parsers get warm.
                String host = i % 2 == 0 ? "localhost" : "127.0.0.1:" + port;
                StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ")
                        .append(host).append("\r\n");
                if (i % 4 != 0) {
                    request.append("Accept-Encoding: gzip\r\n");
                }
                Page current = currentSite.get().page(path);
                if (i % 16 == 0 && current != null) {
                    request.append("If-None-Match: ").append(current.etag()).append("\r\n");
                }
                out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                skipResponse(in);
            }
        }
        return count;
    }

    private static void skipResponse(DataInputStream in) throws IOException {
        int length = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.skipNBytes(length);
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed during warm-up");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}

package jp.zadankai.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import jp.zadankai.system.ZadankaiProperties;

/**
 * A cold JVM serves a fraction of its steady rate for its first minute. Before the application reports itself
 * ready, this sends its own pages through the whole stack (Tomcat, the filters, the snapshot) until the serving
 * path is compiled. Spring Boot reports readiness only after every {@link ApplicationReadyEvent} listener has
 * returned, so a load balancer that waits for {@code /actuator/health/readiness} sends readers to a warm server.
 */
@Component
@ConditionalOnWebApplication
class WarmUp implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final int CONNECTIONS = 2;

    private final CurrentSite currentSite;
    private final int requests;

    WarmUp(CurrentSite currentSite, ZadankaiProperties properties) {
        this.currentSite = currentSite;
        this.requests = properties.warmUpRequests();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (requests <= 0 || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        long start = System.nanoTime();
        List<URI> pages = pages(web.getWebServer().getPort());
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                done.add(clients.submit(() -> send(pages, requests / CONNECTIONS)));
            }
            int sent = 0;
            for (Future<Integer> future : done) {
                sent += future.get();
            }
            log.info("Warmed up the serving path with {} requests in {} ms", sent, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            log.warn("Warm-up stopped early: {}", e.toString());
        } finally {
            clients.shutdownNow();
        }
    }

    /** The index and an article (most of the traffic), plain and compressed, with and without a matching ETag. */
    private List<URI> pages(int port) {
        Site site = currentSite.get();
        List<URI> pages = new ArrayList<>(List.of(URI.create("http://127.0.0.1:" + port + "/")));
        site.articles().stream().findFirst().ifPresent(article ->
                pages.add(URI.create("http://127.0.0.1:" + port + "/articles/" + article.slug())));
        return pages;
    }

    private int send(List<URI> pages, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < count; i++) {
            URI page = pages.get(i % pages.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(page);
            if (i % 4 != 0) {
                request.header("Accept-Encoding", "gzip");
            }
            if (i % 16 == 0) {
                request.header("If-None-Match", currentSite.get().page(page.getPath()).etag());
            }
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
        return count;
    }
}

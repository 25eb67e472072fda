package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A database that does not answer: the server starts, pages are served, and the button says it is unavailable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LikesUnavailableIntegrationTests {
    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", LikeBehaviour.CONTENT::toString);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:1/zadankai");
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void pagesAreServedAndTheButtonSaysLikesAreUnavailable() throws Exception {
        HttpResponse<String> count = send(to(LikeBehaviour.API));
        assertThat(count.statusCode()).isEqualTo(503);
        assertThat(count.body()).contains("\"available\":false");
        assertThat(send(to(LikeBehaviour.API + "/badge.svg")).body()).contains("休止中");
        HttpResponse<String> press = send(to(LikeBehaviour.API).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("do=like")));
        assertThat(press.statusCode()).isEqualTo(503);
        assertThat(press.headers().firstValue("Set-Cookie")).isEmpty();

        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> page = send(to(LikeBehaviour.ARTICLE));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"like-top\"");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 50 pages").isLessThan(5_000);
    }
}

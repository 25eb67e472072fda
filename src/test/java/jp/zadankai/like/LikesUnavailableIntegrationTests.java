package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.WireClient;

/** A database that does not answer: the server starts, pages are served, and the button says it is unavailable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class LikesUnavailableIntegrationTests {
    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", LikeBehaviour.CONTENT::toString);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:1/zadankai");
    }

    @Autowired
    RestTestClient http;

    private EntityExchangeResult<String> get(String path) {
        return http.get().uri(path).exchange().returnResult(String.class);
    }

    @Test
    void pagesAreServedAndTheButtonSaysLikesAreUnavailable() {
        EntityExchangeResult<String> count = get(LikeBehaviour.API);
        assertThat(count.getStatus().value()).isEqualTo(503);
        assertThat(count.getResponseBody()).contains("\"available\":false");
        assertThat(get(LikeBehaviour.API + "/badge.svg").getResponseBody()).contains("休止中");
        EntityExchangeResult<String> press = http.post().uri(LikeBehaviour.API).header("Sec-Fetch-Site", "same-origin")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("do=like").exchange()
                .returnResult(String.class);
        assertThat(press.getStatus().value()).isEqualTo(503);
        assertThat(press.getResponseHeaders().get("Set-Cookie")).isNull();

        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            EntityExchangeResult<String> page = get(LikeBehaviour.ARTICLE);
            assertThat(page.getStatus().value()).isEqualTo(200);
            assertThat(page.getResponseBody()).contains("id=\"like-top\"");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 50 pages").isLessThan(5_000);
    }
}

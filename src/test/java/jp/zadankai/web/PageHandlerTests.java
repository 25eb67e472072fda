package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import jp.zadankai.WireClient;
import jp.zadankai.site.Site;
import jp.zadankai.site.Page;
import jp.zadankai.site.CurrentSite;

/** Pages answered in Jetty's request layer, over real connections: the handler runs only in the embedded server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class PageHandlerTests {
    private static final Page ARTICLE = TestPages.html("<!DOCTYPE html><html lang=\"ja\"><p>座談会</p>"
            + "x".repeat(500) + "</html>");
    private static final Page JAPANESE_PATH = TestPages.html("<p>tag</p>");
    private static final Page NOT_FOUND = TestPages.html("<p>own 404</p>");

    @Autowired
    RestTestClient http;

    @MockitoBean
    CurrentSite currentSite;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvcRoutes;

    @BeforeEach
    void serveASite() {
        given(currentSite.get()).willReturn(new Site(
                Map.of("/articles/a", ARTICLE, "/tags/東京都", JAPANESE_PATH), List.of(),
                Map.of(400, NOT_FOUND, 404, NOT_FOUND, 500, NOT_FOUND), List.of()));
    }

    @Test
    void servesThePrecomputedBytesWithTheSitesHeaders() throws Exception {
        Reply response = send("GET", "/articles/a");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ARTICLE.body());
        assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("ETag")).isEqualTo(ARTICLE.etag());
        assertThat(response.header("Cache-Control")).isEqualTo(Page.PAGE_CACHE);
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        // Set by the handler, so Jetty must not add its own as well.
        assertThat(response.headers().get("Date")).hasSize(1);
        assertThat(response.headers().get("Content-Type")).hasSize(1);
    }

    @Test
    void servesTheGzipCopyWhenAsked() throws Exception {
        Reply gzip = send("GET", "/articles/a", "Accept-Encoding", "br, gzip");
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.body()).isEqualTo(ARTICLE.gzip());
        Reply refused = send("GET", "/articles/a", "Accept-Encoding", "gzip;q=0");
        assertThat(refused.header("Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo(ARTICLE.body());
    }

    @Test
    void answersNotModifiedToAMatchingEtag() throws Exception {
        Reply matching = send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        assertThat(matching.status()).isEqualTo(304);
        assertThat(matching.body()).isEmpty();
        assertThat(send("GET", "/articles/a", "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @Test
    void headersStayIntactAfterOtherResponses() throws Exception {
        Reply first = send("GET", "/articles/a");
        for (int i = 0; i < 20; i++) {
            send("GET", "/articles/unknown-" + i);
            send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        }
        Reply later = send("GET", "/articles/a");
        for (String name : List.of("Content-Security-Policy", "Permissions-Policy", "Cache-Control", "ETag",
                "Content-Type", "Vary")) {
            assertThat(later.header(name)).as(name).isEqualTo(first.header(name));
        }
    }

    @Test
    void headersFollowTheSnapshotWhenItIsSwapped() throws Exception {
        Reply before = send("GET", "/articles/a");
        Page edited = TestPages.html("<!DOCTYPE html><html lang=\"ja\"><p>編集後</p>" + "y".repeat(700) + "</html>");
        given(currentSite.get()).willReturn(new Site(Map.of("/articles/a", edited), List.of(),
                Map.of(400, NOT_FOUND, 404, NOT_FOUND, 500, NOT_FOUND), List.of()));

        Reply after = send("GET", "/articles/a");
        assertThat(after.header("ETag")).isEqualTo(edited.etag()).isNotEqualTo(before.header("ETag"));
        assertThat(after.header("Content-Length")).isEqualTo(String.valueOf(edited.body().length));
        assertThat(after.body()).isEqualTo(edited.body());
    }

    @Test
    void notModifiedCarriesTheValidatorsButNoBodyHeaders() throws Exception {
        Reply response = send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.header("ETag")).isEqualTo(ARTICLE.etag());
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.header("Content-Type")).isNull();
        assertThat(response.header("Content-Encoding")).isNull();
    }

    @Test
    void headSendsHeadersWithoutBody() throws Exception {
        Reply response = send("HEAD", "/articles/a");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(ARTICLE.body().length));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void percentEncodedJapanesePathIsFound() throws Exception {
        Reply response = send("GET", "/tags/東京都"); // sent percent-encoded, as browsers do
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(JAPANESE_PATH.body());
    }

    @Test
    void otherMethodsGoOnToTheFiltersAndAreRefused() throws Exception {
        Reply response = send("POST", "/articles/a");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void unknownPathGetsTheSitesOwnNotFoundPageAndHeaders() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            Reply response = send(method, "/articles/unknown");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(method.equals("GET") ? NOT_FOUND.body() : new byte[0]);
            assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(NOT_FOUND.body().length));
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("Content-Security-Policy")).contains("default-src");
        }
    }

    /** Every route Spring MVC answers must be handed on to it, not answered with a 404 by the page handler. */
    @Test
    void everyMvcRouteIsAmongTheRoutesHandedOn() {
        List<String> patterns = mvcRoutes.getHandlerMethods().keySet().stream()
                .flatMap(route -> route.getPatternValues().stream()).toList();

        assertThat(patterns).isNotEmpty().allMatch(pattern -> PageHandler.SERVLET_ROUTES.stream()
                .anyMatch(pattern::startsWith), "under one of " + PageHandler.SERVLET_ROUTES);
    }

    private record Reply(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private Reply send(String method, String path, String... headers) {
        RestTestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(method)).uri(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        EntityExchangeResult<byte[]> response = request.exchange().returnResult(byte[].class);
        byte[] body = response.getResponseBody();
        return new Reply(response.getStatus().value(), body == null ? new byte[0] : body,
                response.getResponseHeaders());
    }
}

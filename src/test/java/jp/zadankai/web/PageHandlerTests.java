package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import jp.zadankai.site.Site;
import jp.zadankai.site.Page;
import jp.zadankai.site.CurrentSite;

/** Pages answered in Jetty's request layer, over real connections: the handler runs only in the embedded server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageHandlerTests {
    private static final Page ARTICLE = TestPages.html("<!DOCTYPE html><html lang=\"ja\"><p>座談会</p>"
            + "x".repeat(500) + "</html>");
    private static final Page JAPANESE_PATH = TestPages.html("<p>tag</p>");
    private static final Page NOT_FOUND = TestPages.html("<p>own 404</p>");

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

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
        HttpResponse<byte[]> response = send("GET", "/articles/a");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ARTICLE.body());
        assertThat(header(response, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(header(response, "ETag")).isEqualTo(ARTICLE.etag());
        assertThat(header(response, "Cache-Control")).isEqualTo(Page.PAGE_CACHE);
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        // Set by the handler, so Jetty must not add its own as well.
        assertThat(response.headers().allValues("Date")).hasSize(1);
        assertThat(response.headers().allValues("Content-Type")).hasSize(1);
    }

    @Test
    void servesTheGzipCopyWhenAsked() throws Exception {
        HttpResponse<byte[]> gzip = send("GET", "/articles/a", "Accept-Encoding", "br, gzip");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.body()).isEqualTo(ARTICLE.gzip());
        HttpResponse<byte[]> refused = send("GET", "/articles/a", "Accept-Encoding", "gzip;q=0");
        assertThat(header(refused, "Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo(ARTICLE.body());
    }

    @Test
    void answersNotModifiedToAMatchingEtag() throws Exception {
        HttpResponse<byte[]> matching = send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        assertThat(matching.statusCode()).isEqualTo(304);
        assertThat(matching.body()).isEmpty();
        assertThat(send("GET", "/articles/a", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void headersStayIntactAfterOtherResponses() throws Exception {
        HttpResponse<byte[]> first = send("GET", "/articles/a");
        for (int i = 0; i < 20; i++) {
            send("GET", "/articles/unknown-" + i);
            send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        }
        HttpResponse<byte[]> later = send("GET", "/articles/a");
        for (String name : List.of("Content-Security-Policy", "Permissions-Policy", "Cache-Control", "ETag",
                "Content-Type", "Vary")) {
            assertThat(header(later, name)).as(name).isEqualTo(header(first, name));
        }
    }

    @Test
    void headersFollowTheSnapshotWhenItIsSwapped() throws Exception {
        HttpResponse<byte[]> before = send("GET", "/articles/a");
        Page edited = TestPages.html("<!DOCTYPE html><html lang=\"ja\"><p>編集後</p>" + "y".repeat(700) + "</html>");
        given(currentSite.get()).willReturn(new Site(Map.of("/articles/a", edited), List.of(),
                Map.of(400, NOT_FOUND, 404, NOT_FOUND, 500, NOT_FOUND), List.of()));

        HttpResponse<byte[]> after = send("GET", "/articles/a");
        assertThat(header(after, "ETag")).isEqualTo(edited.etag()).isNotEqualTo(header(before, "ETag"));
        assertThat(header(after, "Content-Length")).isEqualTo(String.valueOf(edited.body().length));
        assertThat(after.body()).isEqualTo(edited.body());
    }

    @Test
    void notModifiedCarriesTheValidatorsButNoBodyHeaders() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/articles/a", "If-None-Match", ARTICLE.etag());
        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(header(response, "ETag")).isEqualTo(ARTICLE.etag());
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Content-Type")).isNull();
        assertThat(header(response, "Content-Encoding")).isNull();
    }

    @Test
    void headSendsHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> response = send("HEAD", "/articles/a");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(ARTICLE.body().length));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void percentEncodedJapanesePathIsFound() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(JAPANESE_PATH.body());
    }

    @Test
    void otherMethodsGoOnToTheFiltersAndAreRefused() throws Exception {
        HttpResponse<byte[]> response = send("POST", "/articles/a");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void unknownPathGetsTheSitesOwnNotFoundPageAndHeaders() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> response = send(method, "/articles/unknown");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(method.equals("GET") ? NOT_FOUND.body() : new byte[0]);
            assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(NOT_FOUND.body().length));
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            assertThat(header(response, "Content-Security-Policy")).contains("default-src");
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

    private HttpResponse<byte[]> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}

package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP side of a hostile world, against the whole application on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningIntegrationTests {
    private static final String ARTICLE = "/articles/nerima-tokyo-cio-roundtable-1";

    @LocalServerPort
    int port;

    private RawHttp.Response get(String target, String... headers) throws Exception {
        return RawHttp.send(port, "GET " + target + " HTTP/1.1", headers);
    }

    private static void assertSecurityHeaders(RawHttp.Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).isNotNull().contains("frame-ancestors 'none'", "script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isNotBlank();
        assertThat(response.header("Permissions-Policy")).contains("camera=()");
    }

    private static void assertOwnErrorPage(RawHttp.Response response) {
        assertThat(response.body()).contains("<html lang=\"ja\">", "error-page")
                .doesNotContain("Whitelabel").doesNotContain("Tomcat").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        RawHttp.Response page = get(ARTICLE);
        String etag = page.header("ETag");
        List<RawHttp.Response> responses = List.of(page, get("/"), get("/feed.xml"), get("/nope"),
                get(ARTICLE, "If-None-Match: " + etag), RawHttp.send(port, "POST / HTTP/1.1", "Content-Length: 0"),
                get("/articles/%zz"), get("/actuator/health"));

        assertThat(responses).extracting(RawHttp.Response::status).containsExactly(200, 200, 200, 404, 304, 405, 400, 200);
        responses.forEach(HardeningIntegrationTests::assertSecurityHeaders);
    }

    @Test
    void strictTransportSecurityOnlyOverHttpsBehindAProxy() throws Exception {
        assertThat(get("/").header("Strict-Transport-Security")).isNull();
        assertThat(get("/", "X-Forwarded-Proto: https").header("Strict-Transport-Security")).contains("max-age=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media/../pom.xml", "/media/%2e%2e/pom.xml", "/media/%2e%2e%2fpom.xml",
            "/media/..%2f..%2fetc%2fpasswd", "/media/%c0%ae%c0%ae/pom.xml", "/media/%252e%252e/pom.xml",
            "/articles/../../etc/passwd", "/media/..\\pom.xml", "/WEB-INF/web.xml", "/BOOT-INF/classes/application.properties",
            "/content/articles/nerima-tokyo-cio-roundtable-1.md"})
    void traversalAttemptsFindNothing(String target) throws Exception {
        RawHttp.Response response = get(target);

        assertThat(response.status()).as(target).isIn(400, 404);
        assertOwnErrorPage(response);
    }

    @Test
    void badPercentEncodingIsABadRequest() throws Exception {
        RawHttp.Response response = get("/articles/%zz");

        assertThat(response.status()).isEqualTo(400);
        assertOwnErrorPage(response);
    }

    @Test
    void overLongUrlsAndHeadersAreRefusedWithTheSitesPage() throws Exception {
        RawHttp.Response longUrl = get("/" + "a".repeat(20_000));
        RawHttp.Response longHeader = get("/", "X-Padding: " + "a".repeat(20_000));

        assertThat(longUrl.status()).isBetween(400, 499);
        assertThat(longHeader.status()).isBetween(400, 499);
        assertOwnErrorPage(longUrl);
        assertOwnErrorPage(longHeader);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        for (String target : List.of(ARTICLE, "/nope")) {
            RawHttp.Response response = RawHttp.send(port, method + " " + target + " HTTP/1.1", "Content-Length: 0");
            assertThat(response.status()).as(method + " " + target).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
            if (!method.equals("HEAD")) {
                assertOwnErrorPage(response);
            }
        }
    }

    @Test
    void forgedHostHeaderNeverReachesThePage() throws Exception {
        RawHttp.Response response = get(ARTICLE, "Host: evil.example", "X-Forwarded-Host: evil2.example");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("evil").contains("http://localhost:8080" + ARTICLE);
    }

    @Test
    void healthHasLivenessAndReadinessAndNothingElseOfTheActuatorIsExposed() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/mappings", "/actuator/shutdown")) {
            assertThat(get(endpoint).status()).as(endpoint).isEqualTo(404);
        }
    }
}

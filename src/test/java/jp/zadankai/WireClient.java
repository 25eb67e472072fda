package jp.zadankai;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The {@link RestTestClient} of the whole-app tests, on the JDK's HTTP client with compression off: it sends only
 * the headers a test sets, returns the bytes as the server sent them and opens a connection for each request in
 * flight.
 *
 * <p>Not the one of {@code @AutoConfigureRestTestClient}: that one runs on the first HTTP library it finds, here
 * Apache HttpClient (on the test classpath through the browser and container tooling), which asks for gzip by
 * itself, decodes it out of sight and opens at most five connections to a server. And RestTestClient reads a
 * response to its end without closing it, which returns the connection to Apache's pool only when the socket
 * itself was read to its end: after a decoded gzip body it is never returned, so the sixth page waits for a
 * connection for three minutes and fails.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WireClient {

    @Bean
    RestTestClient wireClient(ApplicationContext context) {
        return RestTestClient.bindToServer(requests())
                .uriBuilderFactory(LocalTestWebServer.obtain(context).uriBuilderFactory()).build();
    }

    /** The same client for a server on this machine that is not the test's own context (a second instance). */
    public static RestTestClient to(int port) {
        return RestTestClient.bindToServer(requests()).baseUrl("http://127.0.0.1:" + port).build();
    }

    private static JdkClientHttpRequestFactory requests() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.enableCompression(false);
        return requests;
    }
}

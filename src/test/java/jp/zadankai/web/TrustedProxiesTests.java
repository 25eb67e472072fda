package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over Jetty's in-memory connector, whose peer address is 0.0.0.0: what the application takes for the client. */
class TrustedProxiesTests {
    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void theClientIsTheAddressTheTrustedProxyAdded() throws Exception {
        LocalConnector connector = start("0\\.0\\.0\\.0");
        assertThat(client(connector, "X-Forwarded-For: 203.0.113.9")).isEqualTo("203.0.113.9 false");
    }

    @Test
    void addressesTheClientWroteItselfAreNotBelieved() throws Exception {
        LocalConnector connector = start("0\\.0\\.0\\.0");
        assertThat(client(connector, "X-Forwarded-For: 198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9 false");
        assertThat(client(connector, "X-Forwarded-For: 198.51.100.1", "X-Forwarded-For: 203.0.113.9"))
                .isEqualTo("203.0.113.9 false");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedThrough() throws Exception {
        LocalConnector connector = start("0\\.0\\.0\\.0|10\\.0\\.0\\.\\d+");
        assertThat(client(connector, "X-Forwarded-For: 198.51.100.1, 203.0.113.9, 10.0.0.5"))
                .isEqualTo("203.0.113.9 false");
        assertThat(client(connector, "X-Forwarded-For: 2001:db8::1, 10.0.0.5")).isEqualTo("2001:db8::1 false");
    }

    @Test
    void aNameOrGarbageIsNeverLookedUpOrBelieved() throws Exception {
        LocalConnector connector = start("0\\.0\\.0\\.0");
        assertThat(client(connector, "X-Forwarded-For: evil.example")).isEqualTo("0.0.0.0 false");
        assertThat(client(connector, "X-Forwarded-For: 203.0.113.9, <script>")).isEqualTo("0.0.0.0 false");
    }

    @Test
    void httpsIsBelievedFromATrustedProxyOnly() throws Exception {
        assertThat(client(start("0\\.0\\.0\\.0"), "X-Forwarded-Proto: https")).isEqualTo("0.0.0.0 true");
        server.stop();
        assertThat(client(start("192\\.0\\.2\\.1"), "X-Forwarded-Proto: https")).isEqualTo("0.0.0.0 false");
    }

    @Test
    void headersFromAnyoneElseChangeNothing() throws Exception {
        LocalConnector connector = start("192\\.0\\.2\\.1");
        assertThat(client(connector, "X-Forwarded-For: 203.0.113.9")).isEqualTo("0.0.0.0 false");
    }

    private LocalConnector start(String trusted) throws Exception {
        server = new Server();
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.addCustomizer(new TrustedProxies(trusted));
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(configuration));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.getHeaders().put("X-Client", Request.getRemoteAddr(request) + " " + request.isSecure());
                response.write(true, null, callback);
                return true;
            }
        });
        server.start();
        return connector;
    }

    /** @return the client's address and whether the request counts as HTTPS, as the application sees them */
    private static String client(LocalConnector connector, String... headers) throws Exception {
        String request = "GET / HTTP/1.1\r\nHost: localhost\r\n" + String.join("\r\n", headers)
                + "\r\nConnection: close\r\n\r\n";
        return HttpTester.parseResponse(connector.getResponse(request)).get("X-Client");
    }
}

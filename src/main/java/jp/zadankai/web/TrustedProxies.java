package jp.zadankai.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpScheme;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Believes X-Forwarded-For and X-Forwarded-Proto only from a proxy whose address matches the setting, as a
 * reverse proxy in front of the site sends them. The client is the right-most address in X-Forwarded-For that is
 * not itself a trusted proxy: anything to its left was written by the client and proves nothing. The スキ rate
 * limit counts per client address, and HSTS is sent only over HTTPS, so a header from anyone else changes nothing.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {
    private static final int MAX_HOPS = 20;
    /** An IPv4 or IPv6 literal; a name is never looked up. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Pattern trusted;

    /** @param trusted a regular expression that a trusted proxy's address matches whole */
    TrustedProxies(String trusted) {
        this.trusted = Pattern.compile(trusted);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        HttpFields headers = request.getHeaders();
        // Most requests carry neither header: they cost two lookups, not an address turned into text.
        if (!headers.contains(HttpHeader.X_FORWARDED_FOR) && !headers.contains(HttpHeader.X_FORWARDED_PROTO)
                || !trusted.matcher(Request.getRemoteAddr(request)).matches()) {
            return request;
        }
        String client = client(headers.getCSV(HttpHeader.X_FORWARDED_FOR, false));
        boolean https = "https".equalsIgnoreCase(headers.get(HttpHeader.X_FORWARDED_PROTO));
        if (client == null && !https) {
            return request;
        }
        ConnectionMetaData connection = request.getConnectionMetaData();
        SocketAddress remote = client == null ? connection.getRemoteSocketAddress()
                : InetSocketAddress.createUnresolved(client, Request.getRemotePort(request));
        HttpURI uri = https ? HttpURI.build(request.getHttpURI()).scheme(HttpScheme.HTTPS) : request.getHttpURI();
        ConnectionMetaData forwarded = new ConnectionMetaData.Wrapper(connection) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return remote;
            }

            @Override
            public boolean isSecure() {
                return https || super.isSecure();
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return uri;
            }

            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return forwarded;
            }

            @Override
            public boolean isSecure() {
                return https || super.isSecure();
            }
        };
    }

    /** The right-most address that is not a trusted proxy, or null if there is none to believe. */
    private String client(List<String> forwardedFor) {
        int hops = 0;
        for (int i = forwardedFor.size() - 1; i >= 0 && hops < MAX_HOPS; i--, hops++) {
            String address = forwardedFor.get(i).strip();
            if (!ADDRESS.matcher(address).matches()) {
                return null;
            }
            if (!trusted.matcher(address).matches()) {
                return address;
            }
        }
        return null;
    }
}

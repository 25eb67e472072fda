package jp.zadankai.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Sits in front of Tomcat's own adapter, where a request has been parsed but nothing has answered it yet, for the
 * two forms Tomcat would answer by itself, with none of the site's headers:
 * <ul>
 * <li>{@code OPTIONS *} is answered as {@code OPTIONS /} is: 405, {@code Allow: GET, HEAD}, the site's page.</li>
 * <li>An HTTP/0.9 request ({@code GET /} without a version) has no headers in its answer, so no security headers
 * either: it gets no page, and the connection is closed.</li>
 * </ul>
 */
final class RequestFormAdapter implements Adapter {
    private final Adapter tomcat;

    RequestFormAdapter(Adapter tomcat) {
        this.tomcat = tomcat;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (request.protocol().isNull() || request.protocol().toString().isEmpty()) {
            response.setStatus(400);
            return;
        }
        if (request.requestURI().equals("*")) {
            request.requestURI().setString("/");
        }
        tomcat.service(request, response);
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return tomcat.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return tomcat.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        tomcat.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        tomcat.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return tomcat.getDomain();
    }
}

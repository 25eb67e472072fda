package jp.zadankai.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Headers every response carries, error pages included, and the one rule of a read-only site: only GET and HEAD.
 * The スキ button's route, which takes the POST of its form (and the CSP lets forms post to the site only), is
 * answered before the servlet side, by {@link LikeHandler}.
 * The pages need no inline script or style, so the policy allows neither; images may come from the site or over
 * https (an article may show one hosted elsewhere).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends HttpFilter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * Media files are served on the site's origin: opened on their own (an SVG, a PDF), they run as documents with
     * no script at all and in a sandbox, so no file an editor adds can act as the site.
     */
    static final String MEDIA_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'self'; "
            + "media-src 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final Map<String, String> HEADERS = headerMap(false);
    private static final Map<String, String> SECURE_HEADERS = headerMap(true);

    /** The headers every response carries; the handlers that answer in Jetty, before any filter, use them too. */
    static Map<String, String> headers(boolean secure) {
        return secure ? SECURE_HEADERS : HEADERS;
    }

    private static Map<String, String> headerMap(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return Collections.unmodifiableMap(headers);
    }

    static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        headers(request.isSecure()).forEach(response::setHeader);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        addHeaders(request, response);
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        ErrorStatusAsError answer = new ErrorStatusAsError(response);
        chain.doFilter(request, answer);
        answer.finish();
    }

    /**
     * A handler that answers an error by its status alone (the actuator's 404 for {@code /actuator/health/x}, with
     * no body) would send it without the site's page: such an error status becomes an error, which the error page
     * controller answers. One with a body of its own keeps it: the readiness probe's 503 and its JSON, which a load
     * balancer reads; the error page asked for directly, with its 404.
     */
    private static final class ErrorStatusAsError extends HttpServletResponseWrapper {
        private int errorStatus;
        private boolean bodyStarted;

        ErrorStatusAsError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            errorStatus = status >= 400 ? status : 0;
            super.setStatus(status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        /** Once the handler is done: an error status it set and wrote nothing for gets the site's page. */
        void finish() throws IOException {
            if (errorStatus != 0 && !bodyStarted && !isCommitted()) {
                sendError(errorStatus);
            }
        }
    }
}

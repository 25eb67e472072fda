package jp.zadankai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Answers every page of the current snapshot ahead of Spring MVC's dispatch: a request is a map lookup and a write
 * of bytes computed at load. Paths the snapshot does not know go on to MVC (and from there to the error pages).
 * A plain filter, registered for requests only: the error dispatch to {@code /error} never comes here.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SiteFilter extends HttpFilter {
    private final CurrentSite currentSite;

    SiteFilter(CurrentSite currentSite) {
        this.currentSite = currentSite;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.indexOf('%') >= 0) {
            try {
                path = UriUtils.decode(path, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEncoding) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        Page page = currentSite.get().page(path);
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        write(page, request, response, "HEAD".equals(request.getMethod()));
    }

    static void write(Page page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        if (page.gzip() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        byte[] body = page.body();
        if (page.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = page.gzip();
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** A weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"x"} matches {@code "x"}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the client takes gzip. Every browser sends a plain list ({@code gzip, deflate, br}), answered
     * without allocating; a list with weights is parsed, so that {@code gzip;q=0} is a refusal.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        if (acceptEncoding.indexOf(';') < 0 && acceptEncoding.contains("gzip")) {
            return true;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !Q_ZERO.matcher(parts[1].replace(" ", "")).matches();
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern Q_ZERO = java.util.regex.Pattern.compile("q=0(\\.0*)?");
}

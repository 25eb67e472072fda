package jp.zadankai.web;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import jp.zadankai.site.Page;
import jp.zadankai.site.Site;

/**
 * Jetty answers some bad requests itself, before any handler runs: an over-long URL or header, an ambiguous or
 * malformed path. This gives those the site's own error page and headers too, instead of Jetty's.
 */
final class SiteErrorHandler extends ErrorHandler {
    private final Supplier<Site> site;

    /** @param site the snapshot being served, or null before the first one is built */
    SiteErrorHandler(Supplier<Site> site) {
        this.site = site;
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Site current = site.get();
        if (current == null) {
            return super.handle(request, response, callback);
        }
        Page page = current.errorPage(response.getStatus());
        HttpFields.Mutable out = response.getHeaders();
        SecurityHeadersFilter.headers(request.isSecure()).forEach(out::put);
        out.put(HttpHeader.CONTENT_TYPE, page.contentType());
        out.put(HttpHeader.CACHE_CONTROL, "no-store");
        byte[] body = page.body();
        out.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, "HEAD".equals(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
        return true;
    }
}

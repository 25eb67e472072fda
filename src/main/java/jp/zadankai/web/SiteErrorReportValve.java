package jp.zadankai.web;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import jp.zadankai.site.Site;

/**
 * Tomcat answers some bad requests itself, before any filter or Spring MVC runs: an over-long URL or header,
 * malformed percent-encoding. This valve gives those the site's own error page too, instead of Tomcat's.
 */
public class SiteErrorReportValve extends ErrorReportValve {
    private final Supplier<Site> site;
    private final BiConsumer<HttpServletRequest, HttpServletResponse> headers;

    /**
     * @param site    the snapshot being served, or null before the first one is built
     * @param headers the headers every response carries (Tomcat's own errors never pass the filters)
     */
    public SiteErrorReportValve(Supplier<Site> site, BiConsumer<HttpServletRequest, HttpServletResponse> headers) {
        this.site = site;
        this.headers = headers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Site current = site.get();
        if (current == null) {
            return;
        }
        try {
            headers.accept(request, response);
            ErrorPageController.write(current.errorPage(status), response, "HEAD".equals(request.getMethod()));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: the status alone has to do.
        }
    }
}

package jp.zadankai.site;

import java.io.IOException;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some bad requests itself, before any filter or Spring MVC runs: an over-long URL or header,
 * malformed percent-encoding. This valve gives those the site's own error page too, instead of Tomcat's.
 */
public class SiteErrorReportValve extends ErrorReportValve {
    private final Supplier<Site> site;
    private final java.util.function.Consumer<jakarta.servlet.http.HttpServletResponse> headers;

    public SiteErrorReportValve(Supplier<Site> site, java.util.function.Consumer<jakarta.servlet.http.HttpServletResponse> headers) {
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
        Page page = current.errorPage(status);
        try {
            headers.accept(response);
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: the status alone has to do.
        }
    }
}

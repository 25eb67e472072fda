package jp.zadankai.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import jp.zadankai.site.Page;
import jp.zadankai.site.CurrentSite;

/** Every error the container or MVC produces ends here and gets the site's own pre-rendered page. */
@Controller
@ConditionalOnWebApplication
class ErrorPageController implements ErrorController {
    private final CurrentSite currentSite;

    ErrorPageController(CurrentSite currentSite) {
        this.currentSite = currentSite;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly, /error is a page like any other that the site does not have.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        response.setStatus(status);
        write(currentSite.get().errorPage(status), response, "HEAD".equals(request.getMethod()));
    }

    /** Writes an error page; errors are not cached, so a fixed page is seen at once. */
    static void write(Page page, HttpServletResponse response, boolean head) throws IOException {
        response.setContentType(page.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length());
        if (!head) {
            page.writeBody(response.getOutputStream());
        }
    }
}

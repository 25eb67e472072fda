package jp.zadankai.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import jp.zadankai.site.Site;
import jp.zadankai.site.Page;
import jp.zadankai.site.CurrentSite;

/** What reaches Spring MVC: paths the snapshot does not have, other methods, and the error dispatch. */
@WebMvcTest(ErrorPageController.class)
class ErrorPageControllerTests {
    private static final Page ARTICLE = TestPages.html("<p>article</p>");
    private static final Page NOT_FOUND = TestPages.html("<p>own 404</p>");
    private static final Page SERVER_ERROR = TestPages.html("<p>own 500</p>");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CurrentSite currentSite;

    @BeforeEach
    void serveASite() {
        given(currentSite.get()).willReturn(new Site(
                Map.of("/articles/a", ARTICLE), List.of(),
                Map.of(400, NOT_FOUND, 404, NOT_FOUND, 500, SERVER_ERROR), List.of()));
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        mvc.perform(post("/articles/a"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD"));
    }

    @Test
    void unknownPathIsLeftToMvcAndEndsInNotFound() throws Exception {
        mvc.perform(get("/articles/unknown")).andExpect(status().isNotFound());
    }

    @Test
    void errorDispatchGetsTheSitesOwnPage() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(content().string(new String(NOT_FOUND.body(), StandardCharsets.UTF_8)));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
                .andExpect(status().isInternalServerError())
                .andExpect(content().bytes(SERVER_ERROR.body()));
    }
}

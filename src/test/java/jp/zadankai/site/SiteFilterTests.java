package jp.zadankai.site;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
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

@WebMvcTest(ErrorPageController.class)
class SiteFilterTests {
    private static final Page ARTICLE = Page.html("<!DOCTYPE html><html lang=\"ja\"><p>\u5ea7\u8ac7\u4f1a</p>"
            + "x".repeat(500) + "</html>");
    private static final Page JAPANESE_PATH = Page.html("<p>tag</p>");
    private static final Page NOT_FOUND = Page.html("<p>own 404</p>");
    private static final Page SERVER_ERROR = Page.html("<p>own 500</p>");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CurrentSite currentSite;

    @BeforeEach
    void serveASite() {
        given(currentSite.get()).willReturn(new Site(
                Map.of("/articles/a", ARTICLE, "/tags/\u6771\u4eac\u90fd", JAPANESE_PATH), List.of(),
                Map.of(400, NOT_FOUND, 404, NOT_FOUND, 500, SERVER_ERROR), List.of()));
    }

    @Test
    void servesThePrecomputedBytes() throws Exception {
        mvc.perform(get("/articles/a"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("ETag", ARTICLE.etag()))
                .andExpect(header().string("Cache-Control", Page.PAGE_CACHE))
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andExpect(content().bytes(ARTICLE.body()));
    }

    @Test
    void servesTheGzipCopyWhenAsked() throws Exception {
        mvc.perform(get("/articles/a").header("Accept-Encoding", "br, gzip"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(content().bytes(ARTICLE.gzip()));
        mvc.perform(get("/articles/a").header("Accept-Encoding", "gzip;q=0"))
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(content().bytes(ARTICLE.body()));
    }

    @Test
    void answersNotModifiedToAMatchingEtag() throws Exception {
        mvc.perform(get("/articles/a").header("If-None-Match", ARTICLE.etag()))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/articles/a").header("If-None-Match", "\"other\""))
                .andExpect(status().isOk());
    }

    @Test
    void headSendsHeadersWithoutBody() throws Exception {
        mvc.perform(head("/articles/a"))
                .andExpect(status().isOk())
                .andExpect(header().longValue("Content-Length", ARTICLE.body().length))
                .andExpect(content().bytes(new byte[0]));
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        mvc.perform(post("/articles/a"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD"));
    }

    @Test
    void percentEncodedJapanesePathIsFound() throws Exception {
        mvc.perform(get(java.net.URI.create("/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(JAPANESE_PATH.body()));
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

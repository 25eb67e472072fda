package jp.zadankai.web;

import java.nio.charset.StandardCharsets;

import jp.zadankai.site.Page;

/** Pages for the page handler's tests, made as the site builder makes them. */
final class TestPages {
    private TestPages() {
    }

    static Page html(String html) {
        return Page.of("text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Page.PAGE_CACHE);
    }
}

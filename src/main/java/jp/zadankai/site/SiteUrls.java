package jp.zadankai.site;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

import jp.zadankai.article.Article;

/** Paths and absolute URLs of the site. Absolute URLs come from the configured base URL, never from a request. */
record SiteUrls(String base) {

    static SiteUrls of(String base) {
        return new SiteUrls(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    String absolute(String path) {
        return base + path;
    }

    static String article(Article article) {
        return "/articles/" + article.slug();
    }

    /** The page of a tag as a link, percent-encoded: {@code /tags/%E6%9D%B1%E4%BA%AC%E9%83%BD}. */
    static String tag(String tag) {
        return "/tags/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8);
    }

    /** The same page's key in the snapshot, decoded as requests are. */
    static String tagKey(String tag) {
        return "/tags/" + tag;
    }
}

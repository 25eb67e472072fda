package jp.zadankai.site;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the pages say about the site itself (settings {@code zadankai.site.*}).
 *
 * @param name        shown in the header and the title of every page
 * @param description the index page's description for search engines and sharing
 * @param baseUrl     absolute URLs (canonical, feeds, sharing) are built from this, never from a request's Host;
 *                    an absolute http(s) URL with an ASCII host (checked where the settings are read)
 * @param supportUrl  where the support box links; unset, the box is hidden
 */
public record SiteSettings(@DefaultValue("座談会 zadankai") String name,
                           @DefaultValue("座談会の記事を、話し手ごとに読みやすく届けます。") String description,
                           @DefaultValue("http://localhost:8080") String baseUrl,
                           String supportUrl) {
}

package jp.zadankai.site;

import java.util.List;
import java.util.Map;

import jp.zadankai.article.Article;
import jp.zadankai.content.ContentProblem;

/**
 * One immutable snapshot of the whole site: every response already in its final bytes, keyed by its decoded path.
 * Serving, reloading, checking and exporting all go through building one of these.
 *
 * @param articles   the articles served (drafts only in preview)
 * @param errorPages the site's own error pages, by status
 * @param problems   warnings found while building (a build with errors yields no site)
 */
public record Site(Map<String, Page> pages, List<Article> articles, Map<Integer, Page> errorPages,
                   List<ContentProblem> problems) {

    static final List<Integer> ERROR_STATUSES = List.of(400, 404, 405, 426, 429, 500, 501, 503, 505);

    public Page page(String path) {
        return pages.get(path);
    }

    /** The page for a status; a status without a page of its own gets the general 4xx or 5xx one. */
    public Page errorPage(int status) {
        Page page = errorPages.get(status);
        return page != null ? page : errorPages.get(status < 500 ? 400 : 500);
    }
}

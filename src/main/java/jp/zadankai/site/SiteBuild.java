package jp.zadankai.site;

import java.util.List;
import java.util.Map;

import jp.zadankai.article.LoadedArticles;
import jp.zadankai.content.ContentProblem;

/**
 * What building a snapshot gave: the site to serve, every problem found, and what the next build may reuse.
 *
 * @param site     the snapshot; null when there were errors, except in preview, where the last good version of
 *                 each failing article stays and every page shows the errors
 * @param articles what each article file gave, reused for the files that did not change
 * @param pages    the pages rendered, by everything their rendering depends on, reused for unchanged inputs
 */
public record SiteBuild(Site site, List<ContentProblem> problems, LoadedArticles articles,
                        Map<PageInput, Page> pages) {
    /** Before the first build: nothing served, nothing to reuse. */
    public static final SiteBuild NONE = new SiteBuild(null, List.of(), LoadedArticles.NONE, Map.of());

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<ContentProblem> errors() {
        return ContentProblem.errorsIn(problems);
    }
}

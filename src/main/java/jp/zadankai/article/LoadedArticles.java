package jp.zadankai.article;

import java.util.List;
import java.util.Map;

import jp.zadankai.content.ContentProblem;

/**
 * The articles that loaded, and every problem found on the way (errors and warnings).
 *
 * @param files what each article file gave, by path: the next load reuses it for every file that did not change
 */
public record LoadedArticles(List<Article> articles, List<ContentProblem> problems, Map<String, LoadedFile> files) {
    /** Before the first load: nothing to reuse. */
    public static final LoadedArticles NONE = new LoadedArticles(List.of(), List.of(), Map.of());
}

package jp.zadankai.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.zadankai.article.Article;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;

/** Content read and checked, not yet rendered: the first half of building a snapshot. */
public record SiteContent(List<ContentFile> files, List<Article> articles, List<ContentProblem> problems) {

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<ContentProblem> errors() {
        return ContentProblem.errorsIn(problems);
    }

    /**
     * This content with the last good version of each article that now fails to load, so that a preview keeps
     * showing a page while its file is being fixed.
     */
    SiteContent withLastGood(List<Article> lastGood) {
        Set<String> loaded = articles.stream().map(Article::path).collect(Collectors.toSet());
        Set<String> slugs = articles.stream().map(Article::slug).collect(Collectors.toSet());
        List<Article> merged = new ArrayList<>(articles);
        for (Article article : lastGood) {
            if (!loaded.contains(article.path()) && !slugs.contains(article.slug())) {
                merged.add(article);
            }
        }
        return new SiteContent(files, List.copyOf(merged), problems);
    }
}

package jp.zadankai.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.UriUtils;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.article.Article;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.LinkTarget;

/**
 * The checks that need the whole content folder, not one file: a cover or a link inside the site must lead to a
 * file or an article that exists. Each file's own checks are the article loader's.
 */
final class ContentChecks {
    private static final String MEDIA = "/media/";
    private static final String ARTICLES = "/articles/";

    private ContentChecks() {
    }

    /**
     * @param paths every file of the content folder, content-relative
     * @param slugs the slugs of every article that loaded
     */
    static List<ContentProblem> check(List<Article> articles, Set<String> paths, Set<String> slugs) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Article article : articles) {
            String cover = article.meta().cover();
            if (cover != null && !paths.contains(cover)) {
                problems.add(ContentProblem.error(article.path(), 1, EditorMessage.COVER_MISSING.text(cover)));
            }
            for (LinkTarget link : article.body().links()) {
                checkLink(article, link, paths, slugs, problems);
            }
        }
        return problems;
    }

    private static void checkLink(Article article, LinkTarget link, Set<String> paths, Set<String> slugs,
                                  List<ContentProblem> problems) {
        String target = link.url().replaceFirst("[?#].*$", "");
        String path;
        try {
            path = UriUtils.decode(target, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = target;
        }
        int line = article.fileLine(link.line());
        if (path.startsWith(MEDIA) && !paths.contains(path.substring(1))) {
            problems.add(ContentProblem.error(article.path(), line, EditorMessage.LINKED_FILE_MISSING.text(path, path)));
        } else if (path.startsWith(ARTICLES)) {
            String slug = path.substring(ARTICLES.length()).replaceFirst("/$", "");
            if (!slugs.contains(slug)) {
                problems.add(ContentProblem.error(article.path(), line,
                        EditorMessage.LINKED_ARTICLE_MISSING.text(path, slug)));
            }
        }
    }
}

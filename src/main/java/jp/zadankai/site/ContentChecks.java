package jp.zadankai.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Passive types only, by extension: images, documents shown by the browser's viewer, audio and video. */
    static final List<String> MEDIA_TYPES = List.of("avif", "gif", "jpeg", "jpg", "png", "svg", "webp", "pdf",
            "mp3", "m4a", "mp4", "webm");
    /** {@code \} and {@code ;} and control characters: a request cannot reach a file whose name has one. */
    private static final Pattern UNREACHABLE_NAME = Pattern.compile("[\\\\;\\p{Cntrl}]");

    /** A URL with a scheme (https:, mailto:): it leaves the site, and is not checked here. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private ContentChecks() {
    }

    /** @param paths every file of the content folder, content-relative */
    static List<ContentProblem> check(List<Article> articles, Set<String> paths) {
        Map<String, Boolean> draftBySlug = new HashMap<>();
        articles.forEach(article -> draftBySlug.put(article.slug(), article.meta().draft()));
        List<ContentProblem> problems = new ArrayList<>();
        paths.stream().filter(path -> path.startsWith(MEDIA.substring(1))).sorted()
                .forEach(path -> checkMedia(path, problems));
        for (Article article : articles) {
            String cover = article.meta().cover();
            if (cover != null && !paths.contains(cover)) {
                problems.add(ContentProblem.error(article.path(), 1,
                        EditorMessage.COVER_MISSING.text("/" + cover, cover)));
            }
            for (LinkTarget link : article.body().links()) {
                checkLink(article, link, paths, draftBySlug, problems);
            }
        }
        return problems;
    }

    /**
     * A media file is served on the site's own origin: a type a browser runs (HTML, XML, script) would run there,
     * so only passive types are served, and each by a name that a link can reach (the rules of a tag's name).
     */
    private static void checkMedia(String path, List<ContentProblem> problems) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.isEmpty()) {
            problems.add(ContentProblem.error(path, 0, EditorMessage.MEDIA_NO_EXTENSION.text(String.join(", ", MEDIA_TYPES))));
        } else if (!MEDIA_TYPES.contains(extension)) {
            problems.add(ContentProblem.error(path, 0, EditorMessage.MEDIA_TYPE.text(extension, String.join(", ", MEDIA_TYPES))));
        } else if (Arrays.stream(path.split("/", -1)).anyMatch(segment -> segment.isEmpty() || segment.equals(".")
                || segment.equals("..") || UNREACHABLE_NAME.matcher(segment).find())) {
            problems.add(ContentProblem.error(path, 0, EditorMessage.MEDIA_NAME.text()));
        }
    }

    /**
     * A link inside the site must lead to a file or a published article, and be written from the top ({@code /}):
     * an article's address has no trailing slash on the server and one on static hosts, so a relative link would
     * lead somewhere else on one of them.
     */
    private static void checkLink(Article article, LinkTarget link, Set<String> paths,
                                  Map<String, Boolean> draftBySlug, List<ContentProblem> problems) {
        String url = link.url();
        int line = article.fileLine(link.line());
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return;
        }
        if (!url.startsWith("/")) {
            problems.add(ContentProblem.error(article.path(), line, EditorMessage.RELATIVE_LINK.text(url)));
            return;
        }
        String target = url.replaceFirst("[?#].*$", "");
        String path;
        try {
            path = UriUtils.decode(target, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = target;
        }
        if (path.startsWith(MEDIA) && !paths.contains(path.substring(1))) {
            problems.add(ContentProblem.error(article.path(), line,
                    EditorMessage.LINKED_FILE_MISSING.text(path, path.substring(1))));
        } else if (path.startsWith(ARTICLES)) {
            String slug = path.substring(ARTICLES.length()).replaceFirst("/$", "");
            Boolean draft = draftBySlug.get(slug);
            if (draft == null) {
                problems.add(ContentProblem.error(article.path(), line,
                        EditorMessage.LINKED_ARTICLE_MISSING.text(path, slug)));
            } else if (draft && !article.meta().draft()) {
                problems.add(ContentProblem.error(article.path(), line,
                        EditorMessage.LINKED_ARTICLE_DRAFT.text(path)));
            }
        }
    }
}

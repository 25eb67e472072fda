package jp.zadankai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.article.Article;
import jp.zadankai.article.ArticleLoader;
import jp.zadankai.article.LoadedArticles;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentRefusedException;
import jp.zadankai.content.ContentSource;

/**
 * Builds a whole snapshot of the site from a content source: articles loaded and checked, every page rendered
 * through its Thymeleaf template into final bytes, assets and media added. Nothing is left to render per request.
 * A build is a function of the content and the previous build, whose work it reuses for what did not change; it
 * keeps no state of its own.
 */
public class SiteBuilder {
    private static final String MEDIA = "media/";
    /** An article file whose name can be a slug: only those have an address to show their problems at. */
    private static final Pattern ARTICLE_FILE = Pattern.compile("articles/([a-z0-9-]+)\\.md");
    /** Feed readers want what is new: the newest articles only, so the feed does not grow with the site. */
    static final int FEED_ENTRIES = 50;
    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title);

    private final ArticleLoader articleLoader;
    private final ITemplateEngine templates;
    private final SiteAssets assets;
    private final SiteSettings settings;
    private final boolean preview;
    private final String likeServer;
    /** A preview page is never cached: after a save the browser must show the new text. */
    private final String pageCache;

    /**
     * @param preview    editors' preview: drafts served, and content with errors still shown, with the errors
     * @param likeServer where the スキ button sends its presses and reads its counts: empty for the server that
     *                   serves the pages, an absolute URL for an export counted elsewhere, null for no button
     */
    public SiteBuilder(ArticleLoader articleLoader, ITemplateEngine templates, SiteAssets assets,
                       SiteSettings settings, boolean preview, String likeServer) {
        this.articleLoader = articleLoader;
        this.templates = templates;
        this.assets = assets;
        this.settings = settings;
        this.preview = preview;
        this.likeServer = likeServer == null || likeServer.isEmpty() ? likeServer
                : likeServer.replaceAll("/+$", "");
        this.pageCache = preview ? "no-store" : Page.PAGE_CACHE;
    }

    /** What the pages say about the site: the export needs its base URL. */
    public SiteSettings settings() {
        return settings;
    }

    /**
     * Reads, checks and renders the content. With errors there is no site to serve, except in preview, where each
     * article that fails keeps its version from the previous build and every page lists the errors.
     *
     * @param previous the build before this one ({@link SiteBuild#NONE} for the first): what it loaded and
     *                 rendered is reused wherever the inputs are the same
     */
    public SiteBuild build(ContentSource source, SiteBuild previous) {
        List<ContentFile> files;
        try {
            files = source.files();
        } catch (ContentRefusedException e) {
            return new SiteBuild(null, e.problems(), previous.articles(), previous.pages());
        } catch (NoSuchFileException e) {
            return new SiteBuild(null, List.of(ContentProblem.error("", 0,
                    EditorMessage.CONTENT_FOLDER_MISSING.text(e.getFile()))), previous.articles(), previous.pages());
        } catch (IOException e) {
            return new SiteBuild(null, List.of(ContentProblem.error("", 0,
                    EditorMessage.CONTENT_UNREADABLE.text(e.getMessage()))), previous.articles(), previous.pages());
        }
        LoadedArticles loaded = articleLoader.load(files, previous.articles());
        Set<String> paths = files.stream().map(ContentFile::path).collect(Collectors.toSet());
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(ContentChecks.check(loaded.articles(), paths));
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        List<ContentProblem> errors = ContentProblem.errorsIn(problems);
        if (!errors.isEmpty() && !preview) {
            return new SiteBuild(null, List.copyOf(problems), loaded, previous.pages());
        }
        List<Article> articles = errors.isEmpty() ? loaded.articles()
                : withLastGood(loaded.articles(), previous.site() == null ? List.of() : previous.site().articles());
        Map<PageInput, Page> rendered = new HashMap<>();
        Site site = render(files, articles, problems, previous.pages(), rendered);
        return new SiteBuild(site, List.copyOf(problems), loaded, Map.copyOf(rendered));
    }

    /** The articles that loaded, with the last good version of each one that now fails to load. */
    private static List<Article> withLastGood(List<Article> loaded, List<Article> lastGood) {
        Set<String> paths = loaded.stream().map(Article::path).collect(Collectors.toSet());
        Set<String> slugs = loaded.stream().map(Article::slug).collect(Collectors.toSet());
        List<Article> merged = new ArrayList<>(loaded);
        for (Article article : lastGood) {
            if (!paths.contains(article.path()) && !slugs.contains(article.slug())) {
                merged.add(article);
            }
        }
        return merged;
    }

    /**
     * Renders every page into its final bytes.
     *
     * @param before   pages of the previous build, by input: a page whose input did not change is not rendered
     * @param rendered receives this build's pages by input
     */
    private Site render(List<ContentFile> files, List<Article> articles, List<ContentProblem> problems,
                        Map<PageInput, Page> before, Map<PageInput, Page> rendered) {
        SiteUrls urls = SiteUrls.of(settings.baseUrl());
        Map<String, Page> pages = new LinkedHashMap<>(assets.pages());
        Map<String, Object> common = new HashMap<>();
        common.put("site", settings);
        common.put("baseUrl", urls.base());
        common.put("preview", preview);
        common.put("assets", assets.pathsByKey());
        // The preview shows every problem on every page, and reloads itself after a save.
        common.put("errors", preview ? lines(ContentProblem.errorsIn(problems)) : List.of());
        common.put("warnings", preview ? lines(problems.stream().filter(p -> !p.isError()).toList()) : List.of());
        common.put("likes", likeServer);
        common.put("previewScript", preview ? assets.previewScriptPath() : "");
        if (preview) {
            pages.putAll(assets.preview());
        }
        PageRenderer renderer = new PageRenderer(common, before, rendered);

        List<Article> served = articles.stream()
                .filter(article -> preview || !article.meta().draft())
                .sorted(NEWEST_FIRST)
                .toList();
        List<Article> published = served.stream().filter(article -> !article.meta().draft()).toList();
        ArticleViews views = new ArticleViews(published, urls, settings.name(), assets.pathsByKey().get("sharing_png"));

        // Only the cards are kept for the lists; each article's view is made for its page and dropped after it, so
        // that a large site's views are never all held at once (5,000 of them took a fifth of a 64 MB heap).
        Map<Article, ArticleView.Card> cardOf = new HashMap<>();
        served.forEach(article -> cardOf.put(article, views.card(article)));
        List<ArticleView.Card> listed = served.stream().map(cardOf::get).toList();
        List<String> listPaths = new ArrayList<>();
        listPages("/", "/", listed, "index", Map.of(), renderer, pages, listPaths);
        for (Article article : served) {
            ArticleView view = views.view(article);
            pages.put(view.path(), renderer.page("article", Map.of("path", view.path(), "article", view)));
        }
        if (preview) {
            addProblemPages(pages, renderer, served, problems);
        }
        Map<String, List<ArticleView.Card>> byTag = new TreeMap<>();
        for (Article article : published) {
            article.meta().tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                    .add(cardOf.get(article)));
        }
        byTag.forEach((tag, tagged) -> listPages(SiteUrls.tag(tag), SiteUrls.tagKey(tag), tagged, "tag",
                Map.of("tag", tag), renderer, pages, listPaths));

        Feeds feeds = new Feeds(urls, settings.name());
        pages.put("/feed.xml", Page.of("application/atom+xml;charset=UTF-8",
                feeds.atom(published.subList(0, Math.min(FEED_ENTRIES, published.size()))), pageCache));
        pages.put("/sitemap.xml", Page.of("application/xml;charset=UTF-8", feeds.sitemap(listPaths, published),
                pageCache));
        pages.put("/robots.txt", Page.of("text/plain;charset=UTF-8", feeds.robots(), pageCache));

        for (ContentFile file : files) {
            if (file.path().startsWith(MEDIA)) {
                pages.put("/" + file.path(), Page.of(MediaTypes.of(file.path()), file.bytes(), pageCache));
            }
        }
        Map<Integer, Page> errorPages = new HashMap<>();
        for (int status : Site.ERROR_STATUSES) {
            errorPages.put(status, renderer.page("error", Map.of("status", status, "heading", errorHeading(status))));
        }
        List<ContentProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        return new Site(Map.copyOf(pages), served, Map.copyOf(errorPages), warnings);
    }

    /**
     * In preview, an article file that has never loaded still answers at the address its file name gives, with the
     * problems that keep it from loading: the editor who opens it sees what to fix, not a 404.
     */
    private static void addProblemPages(Map<String, Page> pages, PageRenderer renderer, List<Article> served,
                                        List<ContentProblem> problems) {
        Set<String> loaded = served.stream().map(Article::path).collect(Collectors.toSet());
        Map<String, List<String>> failing = new TreeMap<>();
        for (ContentProblem problem : problems) {
            Matcher name = ARTICLE_FILE.matcher(problem.path());
            if (name.matches() && !loaded.contains(problem.path())) {
                failing.computeIfAbsent(name.group(1), n -> new ArrayList<>()).add(problem.toString());
            }
        }
        failing.forEach((slug, lines) -> pages.putIfAbsent("/articles/" + slug, renderer.page("problems",
                Map.of("path", "/articles/" + slug, "file", "articles/" + slug + ".md", "lines", lines))));
    }

    private static List<String> lines(List<ContentProblem> problems) {
        return problems.stream().map(ContentProblem::toString).toList();
    }

    /**
     * The error page's title and heading. Given to the template rather than set there with {@code th:with}: the
     * page replaces itself with the layout, which Thymeleaf does before any {@code th:with} on the same element.
     */
    static String errorHeading(int status) {
        return status == 404 ? "ページが見つかりません"
                : status >= 500 ? "エラーが発生しました" : "リクエストを処理できませんでした";
    }

    /**
     * A list of cards as pages of {@link Pager#PER_PAGE}: the first at {@code link}, the others at
     * {@code link/page/2} and on.
     *
     * @param link  the first page's path as linked (percent-encoded)
     * @param key   the same, as the snapshot keys it (decoded)
     * @param links receives the path of each page, for the sitemap
     */
    private static void listPages(String link, String key, List<ArticleView.Card> cards, String template,
                                  Map<String, Object> model, PageRenderer renderer, Map<String, Page> pages,
                                  List<String> links) {
        List<List<ArticleView.Card>> parts = Pager.pages(cards);
        for (int number = 1; number <= parts.size(); number++) {
            Map<String, Object> variables = new HashMap<>(model);
            variables.put("path", Pager.path(link, number));
            variables.put("articles", parts.get(number - 1));
            variables.put("pager", Pager.of(link, number, parts.size()));
            pages.put(Pager.path(key, number), renderer.page(template, variables));
            links.add(Pager.path(link, number));
        }
    }

    /** Renders pages through their templates, taking each one from the previous build when its input is the same. */
    private final class PageRenderer {
        private final Map<String, Object> common;
        private final Map<PageInput, Page> before;
        private final Map<PageInput, Page> rendered;

        PageRenderer(Map<String, Object> common, Map<PageInput, Page> before, Map<PageInput, Page> rendered) {
            this.common = common;
            this.before = before;
            this.rendered = rendered;
        }

        Page page(String template, Map<String, Object> model) {
            Map<String, Object> variables = new HashMap<>(common);
            variables.putAll(model);
            PageInput input = PageInput.of(template, variables);
            Page page = before.get(input);
            if (page == null) {
                Context context = new Context(Locale.JAPANESE);
                context.setVariables(variables);
                page = Page.of("text/html;charset=UTF-8",
                        templates.process(template, context).getBytes(StandardCharsets.UTF_8), pageCache);
            }
            rendered.put(input, page);
            return page;
        }
    }
}

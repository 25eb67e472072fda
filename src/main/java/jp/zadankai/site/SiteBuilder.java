package jp.zadankai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jp.zadankai.article.Article;
import jp.zadankai.article.ArticleLoader;
import jp.zadankai.article.LoadedArticles;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;
import jp.zadankai.markdown.LinkTarget;
import jp.zadankai.system.ZadankaiProperties;

/**
 * Builds a whole snapshot of the site from a content source: articles loaded and checked, every page rendered
 * through its Thymeleaf template into final bytes, assets fingerprinted, media read. Nothing is left to render per
 * request.
 */
@Component
public class SiteBuilder {
    private static final String MEDIA = "media/";
    private static final String ARTICLES = "/articles/";
    private static final List<String> ASSETS = List.of("site.css", "share.js");
    private static final String SHARING_IMAGE = "sharing.png";
    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title);

    private final ArticleLoader articleLoader;
    private final ITemplateEngine templates;
    private final ZadankaiProperties properties;
    private final ContentVersionStrategy fingerprints = new ContentVersionStrategy();
    /**
     * The pages of the last build, by everything their rendering depends on (template and model): a rebuild
     * renders again only the pages whose inputs changed, so an edit to one article costs that article's page and
     * the lists it appears in, not the whole site.
     */
    private volatile Map<List<Object>, Page> lastPages = Map.of();
    private volatile List<Asset> assets;
    private volatile Page favicon;

    public SiteBuilder(ArticleLoader articleLoader, ITemplateEngine templates, ZadankaiProperties properties) {
        this.articleLoader = articleLoader;
        this.templates = templates;
        this.properties = properties;
    }

    /** Loads, checks and, when there are no errors, renders. */
    public SiteBuild build(ContentSource source) {
        SiteContent content = load(source);
        return new SiteBuild(content.hasErrors() ? null : render(content, List.of()), content.problems());
    }

    /** Reads and checks every file: the articles that loaded, and every error and warning. */
    public SiteContent load(ContentSource source) {
        List<ContentFile> files;
        try {
            files = source.files();
        } catch (IOException e) {
            return new SiteContent(List.of(), List.of(), List.of(ContentProblem.error(source.describe(), 0,
                    "コンテンツを読めません (" + e.getMessage() + ")")));
        }
        LoadedArticles loaded = articleLoader.load(files);
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        Set<String> paths = files.stream().map(ContentFile::path).collect(Collectors.toSet());
        Set<String> slugs = loaded.articles().stream().map(Article::slug).collect(Collectors.toSet());
        for (Article article : loaded.articles()) {
            String cover = article.meta().cover();
            if (cover != null && !paths.contains(cover)) {
                problems.add(ContentProblem.error(article.path(), 1, "cover のファイル "
                        + cover + " がありません"));
            }
            for (LinkTarget link : article.body().links()) {
                checkLink(article, link, paths, slugs, problems);
            }
        }
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return new SiteContent(files, loaded.articles(), List.copyOf(problems));
    }

    /** Links inside the site must lead somewhere: a media file that exists, an article that exists. */
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
        if (path.startsWith("/" + MEDIA) && !paths.contains(path.substring(1))) {
            problems.add(ContentProblem.error(article.path(), line, "リンク先のファイル "
                    + path + " がありません (content" + path + ")"));
        } else if (path.startsWith(ARTICLES)) {
            String slug = path.substring(ARTICLES.length()).replaceFirst("/$", "");
            if (!slugs.contains(slug)) {
                problems.add(ContentProblem.error(article.path(), line, "リンク先の記事 "
                        + path + " がありません (slug 「" + slug + "」 の記事がない)"));
            }
        }
    }

    /**
     * Renders every page of loaded content into its final bytes.
     *
     * @param banner problems to show on every page (preview only); empty for a clean build
     */
    public Site render(SiteContent content, List<ContentProblem> banner) {
        SiteUrls urls = SiteUrls.of(properties.site().baseUrl());
        Map<List<Object>, Page> rendered = new HashMap<>();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, Object> common = new HashMap<>();
        common.put("site", properties.site());
        common.put("baseUrl", urls.base());
        common.put("preview", properties.preview());
        Map<String, String> assetPaths = addAssets(pages);
        common.put("assets", assetPaths);
        common.put("problems", properties.preview() ? banner.stream().map(ContentProblem::toString).toList()
                : List.of());
        pages.put("/favicon.ico", favicon());

        List<Article> served = content.articles().stream()
                .filter(article -> properties.preview() || !article.meta().draft())
                .sorted(NEWEST_FIRST)
                .toList();
        List<Article> published = served.stream().filter(article -> !article.meta().draft()).toList();
        ArticleViews views = new ArticleViews(published, urls, properties.site().name(), assetPaths.get("sharing_png"));

        Map<Article, ArticleView> viewOf = new HashMap<>();
        served.forEach(article -> viewOf.put(article, views.view(article)));
        List<ArticleView.Card> listed = published.stream().map(article -> viewOf.get(article).card()).toList();
        pages.put("/", page(rendered, "index", common, Map.of("path", "/", "articles", listed)));
        for (Article article : served) {
            ArticleView view = viewOf.get(article);
            pages.put(view.path(), page(rendered, "article", common, Map.of("path", view.path(), "article", view)));
        }
        Map<String, List<ArticleView.Card>> byTag = new TreeMap<>();
        for (Article article : published) {
            article.meta().tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                    .add(viewOf.get(article).card()));
        }
        byTag.forEach((tag, tagged) -> pages.put(SiteUrls.tagKey(tag), page(rendered, "tag", common,
                Map.of("path", SiteUrls.tag(tag), "tag", tag, "articles", tagged))));

        Feeds feeds = new Feeds(urls, properties.site().name());
        pages.put("/feed.xml", Page.of("application/atom+xml;charset=UTF-8", feeds.atom(published), Page.PAGE_CACHE));
        List<String> listPaths = new ArrayList<>(List.of("/"));
        byTag.keySet().forEach(tag -> listPaths.add(SiteUrls.tag(tag)));
        pages.put("/sitemap.xml", Page.of("application/xml;charset=UTF-8", feeds.sitemap(listPaths, published),
                Page.PAGE_CACHE));
        pages.put("/robots.txt", Page.of("text/plain;charset=UTF-8", feeds.robots(), Page.PAGE_CACHE));

        for (ContentFile file : content.files()) {
            if (file.path().startsWith(MEDIA)) {
                pages.put("/" + file.path(), Page.of(contentType(file.path()), file.bytes(), Page.PAGE_CACHE));
            }
        }
        Map<Integer, Page> errorPages = new HashMap<>();
        for (int status : Site.ERROR_STATUSES) {
            errorPages.put(status, page(rendered, "error", common, Map.of("status", status)));
        }
        lastPages = rendered;
        List<ContentProblem> warnings = content.problems().stream().filter(p -> !p.isError()).toList();
        return new Site(Map.copyOf(pages), served, Map.copyOf(errorPages), warnings);
    }

    private Page favicon() {
        Page favicon = this.favicon;
        if (favicon == null) {
            this.favicon = favicon = Page.of("image/x-icon", SiteImages.favicon(), Page.PAGE_CACHE);
        }
        return favicon;
    }

    /** An asset under its fingerprinted path; templates link to it as {@code assets.site_css} and so on. */
    private record Asset(String key, String path, Page page) {
    }

    /** Adds each asset to the pages and returns the paths the templates link to. */
    private Map<String, String> addAssets(Map<String, Page> pages) {
        Map<String, String> urls = new HashMap<>();
        for (Asset asset : assets()) {
            pages.put(asset.path(), asset.page());
            urls.put(asset.key(), asset.path());
        }
        return urls;
    }

    /** The stylesheet, the script and the sharing image, read and fingerprinted once: they are part of the build. */
    private List<Asset> assets() {
        List<Asset> assets = this.assets;
        if (assets == null) {
            List<Asset> made = new ArrayList<>();
            for (String name : ASSETS) {
                try {
                    made.add(asset(name, new ClassPathResource("assets/" + name).getContentAsByteArray()));
                } catch (IOException e) {
                    throw new IllegalStateException("asset missing from the build: " + name, e);
                }
            }
            made.add(asset(SHARING_IMAGE, SiteImages.sharingImage()));
            this.assets = assets = List.copyOf(made);
        }
        return assets;
    }

    /** One asset under its content-hashed name (Spring's content version strategy). */
    private Asset asset(String name, byte[] bytes) {
        String path = "/assets/" + fingerprints.addVersion(name, DigestUtils.md5DigestAsHex(bytes));
        return new Asset(name.replace('.', '_'), path, Page.of(contentType(name), bytes, Page.IMMUTABLE_CACHE));
    }

    private Page page(Map<List<Object>, Page> rendered, String template, Map<String, Object> common,
                      Map<String, Object> model) {
        List<Object> key = List.of(template, common, model);
        Page page = lastPages.get(key);
        if (page == null) {
            page = Page.html(render(template, common, model));
        }
        rendered.put(key, page);
        return page;
    }

    private String render(String template, Map<String, Object> common, Map<String, Object> model) {
        Context context = new Context(Locale.JAPANESE);
        context.setVariables(common);
        context.setVariables(model);
        return templates.process(template, context);
    }

    private static String contentType(String path) {
        MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
        boolean text = type.getType().equals("text") || type.getSubtype().contains("xml")
                || type.getSubtype().contains("json") || type.getSubtype().contains("javascript");
        return text ? type + ";charset=UTF-8" : type.toString();
    }
}

package jp.zadankai.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jp.zadankai.article.Article;
import jp.zadankai.article.ArticleLoader;
import jp.zadankai.article.LoadedArticles;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;
import jp.zadankai.system.ZadankaiProperties;

/**
 * Builds a whole snapshot of the site from a content source: articles loaded, every page rendered through its
 * Thymeleaf template into final bytes, assets fingerprinted, media read. Nothing is left to render per request.
 */
@Component
public class SiteBuilder {
    private static final String MEDIA = "media/";
    private static final List<String> ASSETS = List.of("site.css");

    private final ArticleLoader articleLoader;
    private final ITemplateEngine templates;
    private final ZadankaiProperties properties;
    private final ContentVersionStrategy fingerprints = new ContentVersionStrategy();

    public SiteBuilder(ArticleLoader articleLoader, ITemplateEngine templates, ZadankaiProperties properties) {
        this.articleLoader = articleLoader;
        this.templates = templates;
        this.properties = properties;
    }

    public SiteBuild build(ContentSource source) {
        List<ContentFile> files;
        try {
            files = source.files();
        } catch (IOException e) {
            return new SiteBuild(null, List.of(ContentProblem.error(source.describe(), 0,
                    "\u30b3\u30f3\u30c6\u30f3\u30c4\u3092\u8aad\u3081\u307e\u305b\u3093 (" + e.getMessage() + ")")));
        }
        LoadedArticles loaded = articleLoader.load(files);
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        Set<String> paths = files.stream().map(ContentFile::path).collect(Collectors.toSet());
        for (Article article : loaded.articles()) {
            String cover = article.meta().cover();
            if (cover != null && !paths.contains(cover)) {
                problems.add(ContentProblem.error(article.path(), 1, "cover \u306e\u30d5\u30a1\u30a4\u30eb "
                        + cover + " \u304c\u3042\u308a\u307e\u305b\u3093"));
            }
        }
        if (problems.stream().anyMatch(ContentProblem::isError)) {
            return new SiteBuild(null, List.copyOf(problems));
        }

        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, Object> common = new HashMap<>();
        common.put("site", properties.site());
        common.put("preview", properties.preview());
        common.put("assets", addAssets(pages));

        List<Article> served = loaded.articles().stream()
                .filter(article -> properties.preview() || !article.meta().draft())
                .sorted(NEWEST_FIRST)
                .toList();
        List<ArticleView> listed = served.stream().filter(article -> !article.meta().draft())
                .map(ArticleView::of).toList();
        pages.put("/", Page.html(render("index", common, Map.of("articles", listed))));
        for (Article article : served) {
            pages.put("/articles/" + article.slug(),
                    Page.html(render("article", common, Map.of("article", ArticleView.of(article)))));
        }
        for (ContentFile file : files) {
            if (file.path().startsWith(MEDIA)) {
                pages.put("/" + file.path(), Page.of(contentType(file.path()), file.bytes(), Page.PAGE_CACHE));
            }
        }
        Map<Integer, Page> errorPages = new HashMap<>();
        for (int status : Site.ERROR_STATUSES) {
            errorPages.put(status, Page.html(render("error", common, Map.of("status", status))));
        }
        Site site = new Site(Map.copyOf(pages), served, Map.copyOf(errorPages), List.copyOf(problems));
        return new SiteBuild(site, site.problems());
    }

    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title);

    /** Adds each asset under a fingerprinted name and returns the names the templates link to. */
    private Map<String, String> addAssets(Map<String, Page> pages) {
        Map<String, String> urls = new HashMap<>();
        for (String name : ASSETS) {
            ClassPathResource resource = new ClassPathResource("assets/" + name);
            try {
                String url = "/assets/" + fingerprints.addVersion(name, fingerprints.getResourceVersion(resource));
                pages.put(url, Page.of(contentType(name), resource.getContentAsByteArray(), Page.IMMUTABLE_CACHE));
                urls.put(name.replace('.', '_'), url);
            } catch (IOException e) {
                throw new IllegalStateException("asset missing from the build: " + name, e);
            }
        }
        return urls;
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

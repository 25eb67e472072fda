package jp.zadankai.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import jp.zadankai.article.Article;
import jp.zadankai.article.Series;
import jp.zadankai.markdown.RenderedAgenda;
import jp.zadankai.markdown.TocHeading;
import jp.zadankai.markdown.dialogue.AgendaItem;

/** Turns articles into what their pages show, knowing the other published articles (series, agenda links). */
final class ArticleViews {
    /** A table of contents longer than this shows its first {@value #TOC_SHOWN} entries and folds the rest. */
    static final int TOC_FOLD_AFTER = 5;
    static final int TOC_SHOWN = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Published articles by series name and part number. */
    private final Map<String, Map<Integer, Article>> parts = new HashMap<>();
    private final SiteUrls urls;
    private final String siteName;
    private final String defaultImage;

    ArticleViews(List<Article> published, SiteUrls urls, String siteName, String defaultImagePath) {
        for (Article article : published) {
            Series series = article.meta().series();
            if (series != null) {
                parts.computeIfAbsent(series.name(), name -> new HashMap<>()).putIfAbsent(series.part(), article);
            }
        }
        this.urls = urls;
        this.siteName = siteName;
        this.defaultImage = urls.absolute(defaultImagePath);
    }

    ArticleView view(Article article) {
        var meta = article.meta();
        String path = SiteUrls.article(article);
        String url = urls.absolute(path);
        String coverUrl = meta.cover() == null ? null : "/" + meta.cover();
        String imageUrl = coverUrl == null ? defaultImage : urls.absolute(coverUrl);
        List<TocHeading> toc = article.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        boolean fold = toc.size() > TOC_FOLD_AFTER;
        List<ArticleView.TagLink> tags = meta.tags().stream()
                .map(tag -> new ArticleView.TagLink(tag, SiteUrls.tag(tag))).toList();
        ArticleView.SeriesView series = series(article);
        return new ArticleView(meta.title(), path, url, iso(meta.date()), text(meta.date()), iso(meta.updated()),
                text(meta.updated()), meta.author(), article.description(), coverUrl, imageUrl, tags, series,
                article.body().html(), agenda(article, series), article.body().htmlAfterAgenda(),
                fold ? toc.subList(0, TOC_SHOWN) : toc,
                fold ? toc.subList(TOC_SHOWN, toc.size()) : List.of(), article.readingMinutes(), article.length(),
                meta.draft(), share(meta.title(), url), jsonLd(article, url, imageUrl));
    }

    private ArticleView.SeriesView series(Article article) {
        Series series = article.meta().series();
        if (series == null) {
            return null;
        }
        List<ArticleView.Part> parts = new ArrayList<>();
        for (int number = 1; number <= series.of(); number++) {
            Optional<Article> part = part(series, number);
            boolean current = number == series.part();
            parts.add(new ArticleView.Part(number, partLabel(number),
                    current ? article.title() : part.map(Article::title).orElse(null),
                    current ? null : part.map(SiteUrls::article).orElse(null), current));
        }
        return new ArticleView.SeriesView(series.name(), position(series), List.copyOf(parts));
    }

    private Optional<Article> part(Series series, int number) {
        return Optional.ofNullable(parts.getOrDefault(series.name(), Map.of()).get(number));
    }

    /**
     * The agenda with, for each item this article does not discuss, where it is discussed: the part of the series
     * whose section has the item's words (linked to that section), or, in a two-part series, the other part.
     */
    private ArticleView.AgendaView agenda(Article article, ArticleView.SeriesView series) {
        RenderedAgenda agenda = article.body().agenda();
        if (agenda == null) {
            return null;
        }
        List<List<ArticleView.AgendaLine>> groups = agenda.groups().stream()
                .map(group -> group.stream().map(item -> new ArticleView.AgendaLine(item.html(),
                        item.topicElsewhere() != null,
                        item.topicElsewhere() == null ? null : elsewhere(article, series, item.topicElsewhere())))
                        .toList())
                .toList();
        return new ArticleView.AgendaView(agenda.caption(), groups);
    }

    /** Where another part discusses the topic; null outside a series. */
    private ArticleView.Elsewhere elsewhere(Article article, ArticleView.SeriesView series, String topic) {
        if (series == null) {
            return null;
        }
        Series own = article.meta().series();
        for (int number = 1; number <= own.of(); number++) {
            if (number == own.part()) {
                continue;
            }
            Optional<Article> part = part(own, number);
            Optional<TocHeading> section = part.flatMap(p -> p.headings().stream()
                    .filter(h -> AgendaItem.normalize(h.text()).equals(topic)).findFirst());
            if (section.isPresent()) {
                return new ArticleView.Elsewhere(partLabel(number) + "で",
                        SiteUrls.article(part.get()) + "#" + section.get().id());
            }
        }
        if (own.of() == 2) {
            int other = own.part() == 1 ? 2 : 1;
            Optional<Article> part = part(own, other);
            return part.map(p -> new ArticleView.Elsewhere(partLabel(other) + "で", SiteUrls.article(p)))
                    .orElse(new ArticleView.Elsewhere(partLabel(other) + "で (未公開)", null));
        }
        return new ArticleView.Elsewhere("シリーズのほかの回で", null);
    }

    /** 第2回 */
    static String partLabel(int number) {
        return "第" + number + "回";
    }

    /** 全2回の1回目 */
    static String position(Series series) {
        return "全" + series.of() + "回の" + series.part() + "回目";
    }

    private static ArticleView.ShareLinks share(String title, String url) {
        String u = encode(url);
        String t = encode(title);
        return new ArticleView.ShareLinks(
                "https://x.com/intent/post?text=" + t + "&url=" + u,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://social-plugins.line.me/lineit/share?url=" + u,
                "https://b.hatena.ne.jp/add?mode=confirm&url=" + u + "&title=" + t);
    }

    private String jsonLd(Article article, String url, String imageUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Article");
        json.put("headline", article.title());
        json.put("description", article.description());
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("image", List.of(imageUrl));
        json.put("inLanguage", "ja");
        if (article.date() != null) {
            json.put("datePublished", article.date().toString());
        }
        if (article.meta().updated() != null) {
            json.put("dateModified", article.meta().updated().toString());
        }
        String author = article.meta().author();
        json.put("author", organization(author != null ? author : siteName));
        json.put("publisher", organization(siteName));
        if (!article.meta().tags().isEmpty()) {
            json.put("keywords", String.join(",", article.meta().tags()));
        }
        // Inside <script>, "</" could end the block: JSON allows < to be written as \u003c.
        return JSON.writeValueAsString(json).replace("<", "\\u003c");
    }

    /**
     * In insertion order: {@code Map.of} iterates in an order drawn per JVM run, which made the page's bytes, and
     * so its ETag, differ between two instances serving the same content.
     */
    private static Map<String, Object> organization(String name) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        return organization;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : Article.japaneseDate(date);
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import jp.zadankai.article.Article;
import jp.zadankai.article.Series;
import jp.zadankai.markdown.PhraseBreaks;
import jp.zadankai.markdown.RenderedAgenda;
import jp.zadankai.markdown.TocHeading;
import jp.zadankai.markdown.dialogue.AgendaItem;
import jp.zadankai.markdown.dialogue.Speaker;

/** Turns articles into what their pages show, knowing the other published articles (series, agenda links). */
final class ArticleViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 「DXの機運醸成 ~練馬区CIO×東京都CIO座談会①~」: a subtitle between wave dashes (ASCII, U+301C or U+FF5E). */
    private static final Pattern SUBTITLE = Pattern.compile("(.+?)\\s*([~\\x{301c}\\x{ff5e}][^~\\x{301c}\\x{ff5e}]+[~\\x{301c}\\x{ff5e}])");
    private final PhraseBreaks phrases = PhraseBreaks.japanese();

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

    /** What the lists show of an article: made on its own, as the lists hold every article's card at once. */
    ArticleView.Card card(Article article) {
        var meta = article.meta();
        ArticleView.Heading heading = heading(meta.title());
        Series series = meta.series();
        return new ArticleView.Card(meta.title(),
                heading.mainHtml() + (heading.subtitleHtml() == null ? "" : " " + heading.subtitleHtml()),
                SiteUrls.article(article), iso(meta.date()), text(meta.date()), coverUrl(article),
                article.description(), series == null ? null : series.name() + " " + position(series), meta.draft());
    }

    ArticleView view(Article article) {
        var meta = article.meta();
        String path = SiteUrls.article(article);
        String url = urls.absolute(path);
        String coverUrl = coverUrl(article);
        String imageUrl = coverUrl == null ? defaultImage : urls.absolute(coverUrl);
        List<ArticleView.TocEntry> toc = article.headings().stream().filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new ArticleView.TocEntry(h.level(), h.id(), phrases.html(h.text()), h.number())).toList();
        List<ArticleView.TagLink> tags = meta.tags().stream()
                .map(tag -> new ArticleView.TagLink(tag, SiteUrls.tag(tag))).toList();
        ArticleView.SeriesView series = series(article);
        return new ArticleView(meta.title(), heading(meta.title()), path, url, iso(meta.date()), text(meta.date()),
                iso(meta.updated()), text(meta.updated()), iso(meta.held()),
                meta.held() == null ? null : held(meta.held()), meta.author(), article.description(), coverUrl,
                imageUrl, meeting(article), tags, series, article.body().html(), agenda(article, series),
                article.body().htmlAfterAgenda(), toc, follow(article), article.readingMinutes(), article.length(),
                meta.draft(), share(meta.title(), url), jsonLd(article, url, imageUrl));
    }

    private static String coverUrl(Article article) {
        return article.meta().cover() == null ? null : "/" + article.meta().cover();
    }

    private ArticleView.Heading heading(String title) {
        Matcher m = SUBTITLE.matcher(title);
        return m.matches() ? new ArticleView.Heading(phrases.html(m.group(1)), phrases.html(m.group(2)))
                : new ArticleView.Heading(phrases.html(title), null);
    }

    /** The first participant of each side who speaks in this article, in roster order; empty with fewer than two. */
    private static List<ArticleView.Party> meeting(Article article) {
        Map<String, ArticleView.Party> bySide = new LinkedHashMap<>();
        for (Speaker speaker : article.meta().participants()) {
            if (speaker.group() != null && article.body().speakers().contains(speaker.shortName())) {
                bySide.putIfAbsent(speaker.group(), new ArticleView.Party(speaker.group(), speaker.name()));
            }
        }
        return bySide.size() < 2 ? List.of() : List.copyOf(bySide.values());
    }

    private static List<ArticleView.Follower> follow(Article article) {
        List<Speaker> participants = article.meta().participants();
        List<ArticleView.Follower> follow = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            if (article.body().speakers().contains(participants.get(i).shortName())) {
                follow.add(new ArticleView.Follower(i + 1, participants.get(i).shortName()));
            }
        }
        // One speaker alone leaves nothing to choose.
        return follow.size() < 2 ? List.of() : List.copyOf(follow);
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
                    current ? phrases.html(article.title()) : part.map(p -> phrases.html(p.title())).orElse(null),
                    current ? null : part.map(SiteUrls::article).orElse(null), current));
        }
        return new ArticleView.SeriesView(series.name(), phrases.html(series.name()), position(series),
                List.copyOf(parts));
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
                return new ArticleView.Elsewhere(partLabel(number) + "で掲載",
                        SiteUrls.article(part.get()) + "#" + section.get().id());
            }
        }
        if (own.of() == 2) {
            int other = own.part() == 1 ? 2 : 1;
            Optional<Article> part = part(own, other);
            return part.map(p -> new ArticleView.Elsewhere(partLabel(other) + "で掲載", SiteUrls.article(p)))
                    .orElse(new ArticleView.Elsewhere(partLabel(other) + "で掲載予定", null));
        }
        return new ArticleView.Elsewhere("シリーズのほかの回で掲載", null);
    }

    /** 座談会実施 2022年8月22日: the day the roundtable took place, as the byline and the feed say it. */
    static String held(LocalDate day) {
        return "座談会実施 " + Article.japaneseDate(day);
    }

    /** 第2回 */
    static String partLabel(int number) {
        return "第" + number + "回";
    }

    /** 第1回（全2回） */
    static String position(Series series) {
        return partLabel(series.part()) + "（全" + series.of() + "回）";
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
        if (article.meta().held() != null) {
            // The roundtable itself: an event with its own day, which is not the article's publication date.
            json.put("about", object("@type", "Event", "name", article.title(),
                    "startDate", article.meta().held().toString()));
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

    private static Map<String, Object> organization(String name) {
        return object("@type", "Organization", "name", name);
    }

    /**
     * A JSON object in the order its keys are given: {@code Map.of} iterates in an order drawn per JVM run, which
     * made the page's bytes, and so its ETag, differ between two instances serving the same content.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
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

package jp.zadankai.site;

import java.time.LocalDate;
import java.util.List;

import jp.zadankai.article.Article;
import jp.zadankai.article.Series;

/** What the templates show of an article, formatted once. Dates and the series are null when unknown. */
record ArticleView(String title, String url, String dateIso, String dateText, String updatedIso,
                   String updatedText, String author, String description, String coverUrl, List<String> tags,
                   String seriesName, String seriesPosition, String html, boolean draft) {

    static ArticleView of(Article article) {
        var meta = article.meta();
        return new ArticleView(meta.title(), "/articles/" + meta.slug(), iso(meta.date()), text(meta.date()),
                iso(meta.updated()), text(meta.updated()), meta.author(), article.description(),
                meta.cover() == null ? null : "/" + meta.cover(), meta.tags(),
                meta.series() == null ? null : meta.series().name(), position(meta.series()),
                article.body().html(), meta.draft());
    }

    /** 全2回の1回目 */
    static String position(Series series) {
        return series == null ? null
                : "\u5168" + series.of() + "\u56de\u306e" + series.part() + "\u56de\u76ee";
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : Article.japaneseDate(date);
    }
}

package jp.zadankai.site;

import java.util.List;

import jp.zadankai.markdown.TocHeading;

/**
 * What the templates show of an article, formatted once at load. Optional parts are null or empty.
 *
 * @param html        the sanitised body; with an agenda, the blocks before it
 * @param agenda      laid out between {@code html} and {@code htmlAfterAgenda}; null when the body has none
 * @param toc         the h2 and h3 headings; {@code tocFolded} the ones shown only when the reader unfolds them
 * @param held        座談会実施 2022年8月22日, the day the roundtable took place; null when not given
 * @param jsonLd      the schema.org {@code Article}, escaped for a {@code <script>} block
 */
record ArticleView(String title, String path, String url, String dateIso, String dateText, String updatedIso,
                   String updatedText, String heldIso, String held, String author, String description, String coverUrl, String imageUrl,
                   List<TagLink> tags, SeriesView series, String html, AgendaView agenda, String htmlAfterAgenda,
                   List<TocHeading> toc, List<TocHeading> tocFolded, int readingMinutes, int length, boolean draft,
                   ShareLinks share, String jsonLd) {

    record TagLink(String name, String path) {
    }

    /** What lists (the index, tag pages) show of an article: a list changes only when one of these does. */
    record Card(String title, String path, String dateIso, String dateText, String coverUrl, String description,
                String series) {
    }

    Card card() {
        return new Card(title, path, dateIso, dateText, coverUrl, description,
                series == null ? null : series.name() + " " + series.position());
    }

    /**
     * @param position 全2回の1回目
     * @param parts    every part, this one included, published or not
     */
    record SeriesView(String name, String position, List<Part> parts) {
    }

    /** One part of a series: {@code path} is null while it is not published. */
    record Part(int number, String label, String title, String path, boolean current) {
    }

    /** @param caption sanitised HTML, or null */
    record AgendaView(String caption, List<List<AgendaLine>> groups) {
    }

    /**
     * @param html      the line, sanitised, linked to its section when this article discusses it
     * @param elsewhere whether another part of the series discusses it
     * @param where     that part, or null outside a series
     */
    record AgendaLine(String html, boolean elsewhere, Elsewhere where) {
    }

    /** @param path null while the part is not published or not known */
    record Elsewhere(String label, String path) {
    }

    /** Plain links to share without any third-party script. */
    record ShareLinks(String x, String facebook, String line, String hatena) {
    }
}

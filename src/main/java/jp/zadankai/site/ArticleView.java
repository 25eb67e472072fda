package jp.zadankai.site;

import java.util.List;

/**
 * What the templates show of an article, formatted once at load. Optional parts are null or empty.
 *
 * <p>Fields ending in {@code Html} are escaped text with {@code <wbr>} between phrases (for {@code th:utext}): the
 * page sets short text with {@code word-break: keep-all}, so a browser without {@code auto-phrase} breaks it there.
 *
 * @param heading     the title as the page sets it: its main part and, where the editor marked one, its subtitle
 * @param meeting     who meets whom, for the generated cover: the first participant of each side who speaks
 * @param html        the sanitised body; with an agenda, the blocks before it
 * @param agenda      laid out between {@code html} and {@code htmlAfterAgenda}; null when the body has none
 * @param toc         the h2 and h3 headings
 * @param held        座談会実施 2022年8月22日, the day the roundtable took place; null when not given
 * @param follow      the participants who speak, for the view of one speaker's turns
 * @param jsonLd      the schema.org {@code Article}, escaped for a {@code <script>} block
 */
record ArticleView(String title, Heading heading, String path, String url, String dateIso, String dateText,
                   String updatedIso, String updatedText, String heldIso, String held, String author,
                   String description, String coverUrl, String imageUrl, List<Party> meeting, List<TagLink> tags,
                   SeriesView series, String html, AgendaView agenda, String htmlAfterAgenda, List<TocEntry> toc,
                   List<Follower> follow, int readingMinutes, int length, boolean draft, ShareLinks share,
                   String jsonLd) {

    /**
     * @param subtitleHtml null unless the title ends in a part between wave dashes (「DXの機運醸成 ~…座談会①~」),
     *                     which is then set on a line of its own
     */
    record Heading(String mainHtml, String subtitleHtml) {
    }

    /** One side of the meeting on the cover: 練馬区, 森田 泰子. */
    record Party(String group, String name) {
    }

    /** @param number the agenda's circled number for the section, or null */
    record TocEntry(int level, String id, String html, String number) {
    }

    /** @param number the speaker's place among the participants: the view is {@code #follow-N}, turns {@code turn--by-N} */
    record Follower(int number, String shortName) {
    }

    record TagLink(String name, String path) {
    }

    /** What lists (the index, tag pages) show of an article: a list changes only when one of these does. */
    record Card(String title, String titleHtml, String path, String dateIso, String dateText, String coverUrl,
                String description, String series, boolean draft) {
    }

    /**
     * @param position 第1回（全2回）
     * @param parts    every part, this one included, published or not
     */
    record SeriesView(String name, String nameHtml, String position, List<Part> parts) {
    }

    /** One part of a series: {@code path} is null while it is not published. */
    record Part(int number, String label, String titleHtml, String path, boolean current) {
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

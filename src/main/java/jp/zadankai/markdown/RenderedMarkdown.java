package jp.zadankai.markdown;

import java.util.List;
import java.util.Set;

/**
 * An article body rendered once, when content loads.
 *
 * @param html             sanitised HTML, safe for {@code th:utext}: the whole body, or with an agenda the blocks
 *                         before it
 * @param agenda           the agenda, which the page lays out between {@code html} and {@code htmlAfterAgenda};
 *                         null when the body has none
 * @param htmlAfterAgenda  sanitised HTML of the blocks after the agenda; empty when the body has none
 * @param headings         every heading in document order, with the id it carries in the HTML
 * @param text             the body's plain text, for excerpts and length
 * @param links            every link and image URL written, to check that each leads somewhere
 * @param speakers         short names of the participants who have at least one turn
 * @param findings         warnings about the Markdown, for the content check
 */
public record RenderedMarkdown(String html, RenderedAgenda agenda, String htmlAfterAgenda, List<TocHeading> headings,
                               String text, List<LinkTarget> links, Set<String> speakers,
                               List<MarkdownFinding> findings) {
}

package jp.zadankai.markdown;

import java.util.List;
import java.util.Set;

/**
 * An article body rendered once, when content loads.
 *
 * @param html     sanitised HTML, safe for {@code th:utext}
 * @param headings every heading in document order, with the id it carries in {@code html}
 * @param text     the body's plain text, for excerpts and length
 * @param links    every link and image URL written, to check that each leads somewhere
 * @param speakers short names of the participants who have at least one turn
 * @param findings warnings about the Markdown, for the content check
 * @param agendaElsewhere topics of the agenda items no section of this body discusses, in the order of their
 *                        {@link jp.zadankai.markdown.dialogue.DialogueExtension#ELSEWHERE_SLOT}s in {@code html}
 */
public record RenderedMarkdown(String html, List<TocHeading> headings, String text, List<LinkTarget> links,
                               Set<String> speakers, List<MarkdownFinding> findings, List<String> agendaElsewhere) {
}

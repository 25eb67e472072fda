package jp.zadankai.markdown;

import java.util.List;

/**
 * An article body rendered once, when content loads.
 *
 * @param html     sanitised HTML, safe for {@code th:utext}
 * @param headings every heading in document order, with the id it carries in {@code html}
 * @param text     the body's plain text, for excerpts and length
 */
public record RenderedMarkdown(String html, List<TocHeading> headings, String text) {
}

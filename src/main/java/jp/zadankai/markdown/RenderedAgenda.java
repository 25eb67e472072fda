package jp.zadankai.markdown;

import java.util.List;

/**
 * A body's agenda, kept apart from its HTML: the page lays it out, and completes the items another part of the
 * series discusses with what only the site knows (whether that part is published, and where).
 *
 * @param caption the caption line (議題) as sanitised HTML, or null
 * @param groups  the items, one list per paragraph of the source
 */
public record RenderedAgenda(String caption, List<List<Item>> groups) {

    /**
     * One agenda line.
     *
     * @param html           the line as sanitised HTML, circled number included; a link to its section when this
     *                       body discusses it
     * @param topicElsewhere the item's words when no section of this body discusses it, for the site to find the
     *                       part that does; null otherwise
     */
    public record Item(String html, String topicElsewhere) {
    }
}

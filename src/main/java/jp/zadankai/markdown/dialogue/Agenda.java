package jp.zadankai.markdown.dialogue;

import java.util.IdentityHashMap;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The agenda: lines that begin with a circled number (①…⑳), kept as written, optionally under a one-line caption
 * (議題). A blank line between items starts a new group, as the source separates the parts of a series that way.
 * Children are an optional {@link AgendaCaption} and one {@link AgendaGroup} per paragraph.
 */
public class Agenda extends Block {
    /** The circled number of each heading an item of this agenda links to, for the heading to show it too. */
    public Map<Heading, String> numbersBySection() {
        Map<Heading, String> numbers = new IdentityHashMap<>();
        for (Node node : getDescendants()) {
            if (node instanceof AgendaItem item && item.getSection() != null && item.number() != null) {
                numbers.putIfAbsent(item.getSection(), item.number());
            }
        }
        return numbers;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

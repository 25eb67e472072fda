package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One agenda line, its circled number included; its children are the line's inline nodes. */
public class AgendaItem extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The item's words: its text without the circled number and without spaces. */
    public String topic() {
        return normalize(NodeText.of(this).replaceFirst("^[①-⑳]", ""));
    }

    /** The h2 or h3 of this document whose text is the item's topic, or null: the section discussing it. */
    public Heading findSection() {
        String topic = topic();
        for (Node node : getDocument().getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3 && !topic.isEmpty()
                    && normalize(NodeText.of(heading)).equals(topic)) {
                return heading;
            }
        }
        return null;
    }

    public static String normalize(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}

package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One agenda line, its circled number included; its children are the line's inline nodes. The section that
 * discusses it is resolved once, when the document is parsed, as flexmark's footnotes keep their block.
 */
public class AgendaItem extends Block {
    private Heading section;

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The item's words: its text without the circled number and without spaces. */
    public String topic() {
        return normalize(NodeText.of(this).replaceFirst("^[①-⑳]", ""));
    }

    /** The item's circled number (①), which its section's heading shows too; null when it has none. */
    public String number() {
        String text = NodeText.of(this).strip();
        return !text.isEmpty() && text.charAt(0) >= '①' && text.charAt(0) <= '⑳' ? text.substring(0, 1) : null;
    }

    /** The h2 or h3 of this document whose text is the item's topic, or null: another part discusses it. */
    public Heading getSection() {
        return section;
    }

    public void setSection(Heading section) {
        this.section = section;
    }

    public static String normalize(String text) {
        return text.replaceAll("[\\s\\h]+", "");
    }
}

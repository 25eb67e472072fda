package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The agenda: lines that begin with a circled number (①…⑳), kept as written, optionally under a one-line caption
 * (議題). A blank line between items starts a new group, as the source separates the parts of a series that way.
 * Children are an optional {@link AgendaCaption} and one {@link AgendaGroup} per paragraph.
 */
public class Agenda extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

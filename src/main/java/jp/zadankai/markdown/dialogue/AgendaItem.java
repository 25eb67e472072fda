package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One agenda line, its circled number included; its children are the line's inline nodes. */
public class AgendaItem extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

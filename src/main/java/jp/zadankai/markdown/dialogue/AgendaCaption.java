package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The agenda's caption line; its children are the line's inline nodes. */
public class AgendaCaption extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

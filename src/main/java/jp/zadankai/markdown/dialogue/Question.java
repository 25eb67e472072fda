package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A moderator's question: a paragraph that begins with ― (or —). */
public class Question extends Block {
    /**
     * The dashes that open a question: ― (U+2015), and — (U+2014), which some input methods (notably macOS's) give
     * for the same key. A paragraph can hardly begin with a dash for any other reason, so both are accepted.
     */
    private static final String MARKS = "―—";

    /** Whether a paragraph beginning with this character is a question. */
    public static boolean opensWith(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

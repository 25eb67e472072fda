package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One utterance: everything a speaker says until the next turn, question, heading or thematic break. */
public class Turn extends Block {
    private final Speaker speaker;
    private final int side;
    private final int number;

    public Turn(Speaker speaker, int side, int number) {
        this.speaker = speaker;
        this.side = side;
        this.number = number;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    /** 1-based index of the speaker's group among the article's groups, in roster order. */
    public int getSide() {
        return side;
    }

    /** 1-based position of the turn in the article. */
    public int getNumber() {
        return number;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

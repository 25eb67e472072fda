package jp.zadankai.markdown.dialogue;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** One utterance: everything a speaker says until the next turn, question, heading or thematic break. */
public class Turn extends Block {
    private final Speaker speaker;
    private final int side;
    private final int number;
    private final int speakerNumber;
    private Turn nextBySpeaker;

    public Turn(Speaker speaker, int side, int number, int speakerNumber) {
        this.speaker = speaker;
        this.side = side;
        this.number = number;
        this.speakerNumber = speakerNumber;
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

    /** 1-based position of the speaker among the participants: the page's follow-one-speaker view keys on it. */
    public int getSpeakerNumber() {
        return speakerNumber;
    }

    /** The same speaker's next turn, or null: resolved once, when the document is parsed. */
    public Turn getNextBySpeaker() {
        return nextBySpeaker;
    }

    public void setNextBySpeaker(Turn next) {
        this.nextBySpeaker = next;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

package jp.zadankai.markdown.dialogue;

import java.util.List;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The participants, placed where the dialogue is introduced: before the agenda, or else before the first turn,
 * question or heading, or else at the top.
 */
public class Roster extends Block {
    private final List<Speaker> speakers;

    public Roster(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
    }

    public List<Speaker> getSpeakers() {
        return speakers;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

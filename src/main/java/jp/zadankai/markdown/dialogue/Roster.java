package jp.zadankai.markdown.dialogue;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The participants, placed where the dialogue is introduced: before the agenda, or else before the first turn,
 * question or heading, or else at the top.
 */
public class Roster extends Block {
    private final List<Speaker> speakers;
    private final Map<Speaker, Turn> firstTurns;

    /** @param firstTurns each participant who speaks in this document, with their first turn */
    public Roster(List<Speaker> speakers, Map<Speaker, Turn> firstTurns) {
        this.speakers = List.copyOf(speakers);
        this.firstTurns = Map.copyOf(firstTurns);
    }

    public List<Speaker> getSpeakers() {
        return speakers;
    }

    /** The speaker's first turn in this document, or null when they do not speak in it. */
    public Turn firstTurnOf(Speaker speaker) {
        return firstTurns.get(speaker);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

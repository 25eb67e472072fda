package jp.zadankai.markdown.ruby;

import java.util.List;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A reading over a word: {@code {漢字|かんじ}} (one reading for the whole word) or {@code {漢字|かん|じ}} (one a
 * character). Its child is the base text, so the text of a heading or an excerpt is the word without its reading.
 */
public class Ruby extends Node {
    private final List<Pair> pairs;

    /** One base with the reading written over it. */
    public record Pair(String base, String reading) {
    }

    public Ruby(BasedSequence chars, List<Pair> pairs) {
        super(chars);
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> getPairs() {
        return pairs;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}

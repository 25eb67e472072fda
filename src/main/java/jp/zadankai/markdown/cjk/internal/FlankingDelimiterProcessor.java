package jp.zadankai.markdown.cjk.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;

/** flexmark's emphasis processor for one delimiter run, whose opening and closing are already decided. */
final class FlankingDelimiterProcessor implements DelimiterProcessor {
    private final DelimiterProcessor emphasis;
    private final Flanking flanking;

    FlankingDelimiterProcessor(DelimiterProcessor emphasis, Flanking flanking) {
        this.emphasis = emphasis;
        this.flanking = flanking;
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhitespace) {
        return flanking.canOpen();
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhitespace) {
        return flanking.canClose();
    }

    @Override
    public char getOpeningCharacter() {
        return emphasis.getOpeningCharacter();
    }

    @Override
    public char getClosingCharacter() {
        return emphasis.getClosingCharacter();
    }

    @Override
    public int getMinLength() {
        return emphasis.getMinLength();
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        return emphasis.getDelimiterUse(opener, closer);
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
        emphasis.process(opener, closer, delimitersUsed);
    }

    @Override
    public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
        return emphasis.unmatchedDelimiterNode(inlineParser, delimiter);
    }

    @Override
    public boolean skipNonOpenerCloser() {
        return emphasis.skipNonOpenerCloser();
    }
}

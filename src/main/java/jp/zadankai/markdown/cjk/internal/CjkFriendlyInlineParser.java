package jp.zadankai.markdown.cjk.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's inline parser with the amendment's flanking rules for {@code *} and {@code _}. flexmark decides
 * flanking from one UTF-16 unit on each side and hides its result type, so the decision is taken over where it
 * is asked for: the emphasis processors' {@code canBeOpener}/{@code canBeCloser}, handed the run's position.
 */
public class CjkFriendlyInlineParser extends InlineParserImpl {
    public CjkFriendlyInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                   Map<Character, DelimiterProcessor> delimiterProcessors,
                                   LinkRefProcessorData linkRefProcessors,
                                   List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor delimiterProcessor, char delimiterChar) {
        if (delimiterChar != '*' && delimiterChar != '_') {
            return super.parseDelimiters(delimiterProcessor, delimiterChar);
        }
        Flanking flanking = Flanking.of(input, index, delimiterChar == '*');
        return super.parseDelimiters(new FlankingDelimiterProcessor(delimiterProcessor, flanking), delimiterChar);
    }
}

package jp.zadankai.markdown.cjk;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import jp.zadankai.markdown.cjk.internal.CjkFriendlyInlineParser;

/**
 * Emphasis with {@code *} and {@code _} next to Chinese, Japanese and Korean text, as the proposed amendment to
 * CommonMark says (markdown-cjk-friendly, commonmark-spec issue 650): {@code **「重要」**です} and
 * {@code **テスト。**テスト} are strong, while text without CJK characters keeps CommonMark's rules exactly.
 * It replaces flexmark's {@code INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS}, which also changes Latin text.
 */
public final class CjkFriendlyEmphasisExtension implements Parser.ParserExtension {

    private CjkFriendlyEmphasisExtension() {
    }

    public static CjkFriendlyEmphasisExtension create() {
        return new CjkFriendlyEmphasisExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserFactory(CjkFriendlyInlineParser::new);
        // flexmark adds its reference definition parser only for its own inline parser.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(parserBuilder)) {
            parserBuilder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }
}

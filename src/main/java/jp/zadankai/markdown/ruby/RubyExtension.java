package jp.zadankai.markdown.ruby;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import jp.zadankai.markdown.ruby.internal.RubyInlineParser;
import jp.zadankai.markdown.ruby.internal.RubyNodeRenderer;

/**
 * Ruby (furigana) in the DenDen Markdown form: {@code {漢字|かんじ}} over the whole word, {@code {漢字|かん|じ}} one
 * reading a character, rendered as {@code <ruby>} with {@code <rt>} and {@code <rp>} for browsers without ruby.
 * {@code \{} stays a brace; code spans and link destinations are parsed before and never hold ruby.
 */
public final class RubyExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private RubyExtension() {
    }

    public static RubyExtension create() {
        return new RubyExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new RubyInlineParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        if (htmlRendererBuilder.isRendererType("HTML")) {
            htmlRendererBuilder.nodeRendererFactory(options -> new RubyNodeRenderer());
        }
    }
}

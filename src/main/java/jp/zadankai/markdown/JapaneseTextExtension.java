package jp.zadankai.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * What Japanese text needs from the HTML renderer: a line wrapped between two CJK characters leaves no space on the
 * page (browsers render the newline as one), while one between Latin words stays; and every heading gets a
 * readable, unique, non-empty id.
 */
final class JapaneseTextExtension implements HtmlRenderer.HtmlRendererExtension {

    private JapaneseTextExtension() {
    }

    static JapaneseTextExtension create() {
        return new JapaneseTextExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(options -> softBreaks());
            builder.htmlIdGeneratorFactory(new HeadingIdGenerator.Factory());
        }
    }

    private static NodeRenderer softBreaks() {
        return () -> Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
            if (!(isCjk(lastChar(node.getPrevious())) && isCjk(firstChar(node.getNext())))) {
                html.raw(context.getHtmlOptions().softBreak);
            }
        }));
    }

    /** @param c a code point, or -1 where there is no neighbour */
    static boolean isCjk(int c) {
        if (c < 0) {
            return false;
        }
        return (c >= 0x3000 && c <= 0x30FF)      // CJK punctuation, hiragana, katakana
                || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs
                || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
                || (c >= 0xFF00 && c <= 0xFFEF)  // full-width forms
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int lastChar(Node node) {
        while (node != null && node.getLastChild() != null) {
            node = node.getLastChild();
        }
        CharSequence chars = node == null ? "" : node.getChars();
        return chars.length() == 0 ? -1 : Character.codePointBefore(chars, chars.length());
    }

    private static int firstChar(Node node) {
        while (node != null && node.getFirstChild() != null) {
            node = node.getFirstChild();
        }
        CharSequence chars = node == null ? "" : node.getChars();
        return chars.length() == 0 ? -1 : Character.codePointAt(chars, 0);
    }
}

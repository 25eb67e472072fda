package jp.zadankai.markdown.ruby.internal;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import jp.zadankai.markdown.ruby.Ruby;

public class RubyNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Ruby.class, (ruby, context, html) -> render(ruby, html)));
    }

    private static void render(Ruby ruby, HtmlWriter html) {
        html.tag("ruby");
        for (Ruby.Pair pair : ruby.getPairs()) {
            html.text(pair.base());
            reading(html, pair.reading());
        }
        html.closeTag("ruby");
    }

    /** The reading in its {@code <rt>}, with the parentheses a browser without ruby shows around it. */
    private static void reading(HtmlWriter html, String reading) {
        html.tag("rp").text("（").closeTag("rp");
        html.tag("rt").text(reading).closeTag("rt");
        html.tag("rp").text("）").closeTag("rp");
    }
}

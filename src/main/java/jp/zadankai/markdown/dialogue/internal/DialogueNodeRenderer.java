package jp.zadankai.markdown.dialogue.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import jp.zadankai.markdown.dialogue.AgendaCaption;
import jp.zadankai.markdown.dialogue.AgendaItem;
import jp.zadankai.markdown.dialogue.DialogueExtension;
import jp.zadankai.markdown.dialogue.Note;
import jp.zadankai.markdown.dialogue.Question;
import jp.zadankai.markdown.dialogue.Roster;
import jp.zadankai.markdown.dialogue.Speaker;
import jp.zadankai.markdown.dialogue.Turn;

public class DialogueNodeRenderer implements NodeRenderer {
    /** この発言へのリンク */
    private static final String PERMALINK_LABEL = "この発言へのリンク";

    private final String rosterCaption;

    public DialogueNodeRenderer(DataHolder options) {
        this.rosterCaption = DialogueExtension.ROSTER_CAPTION.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Turn.class, this::renderTurn),
                new NodeRenderingHandler<>(Question.class, (node, context, html) ->
                        wrap("div", "question", node, context, html)),
                new NodeRenderingHandler<>(Note.class, (node, context, html) ->
                        wrap("div", "note", node, context, html)),
                new NodeRenderingHandler<>(AgendaCaption.class, (node, context, html) ->
                        context.renderChildren(node)),
                new NodeRenderingHandler<>(AgendaItem.class, this::renderAgendaItem),
                new NodeRenderingHandler<>(Roster.class, this::renderRoster));
    }

    /**
     * The turn's box holds the label and the speaker's words; the words carry {@code data-speaker}, and a note among
     * them (the editor's, not the speaker's) stands between them, inside the box but outside the words.
     */
    private void renderTurn(Turn turn, NodeRendererContext context, HtmlWriter html) {
        Speaker speaker = turn.getSpeaker();
        String turnId = "turn-" + turn.getNumber();
        html.attr("class", "turn turn--side-" + turn.getSide())
                .attr("id", turnId)
                .withAttr().tagLineIndent("section", () -> {
                    html.attr("class", "turn__speaker").withAttr().tag("p");
                    html.attr("class", "turn__name").withAttr().tag("span").text(speaker.shortName()).closeTag("span");
                    if (speaker.role() != null && !speaker.role().isBlank()) {
                        html.attr("class", "turn__role").withAttr().tag("span").text(speaker.role()).closeTag("span");
                    }
                    // A small permalink, so a reader can share one utterance.
                    html.attr("class", "turn__permalink").attr("href", "#" + turnId)
                            .attr("aria-label", PERMALINK_LABEL).withAttr().tag("a")
                            .text("#").closeTag("a");
                    html.closeTag("p").line();
                    Node child = turn.getFirstChild();
                    while (child != null) {
                        if (child instanceof Note) {
                            context.render(child);
                            child = child.getNext();
                            continue;
                        }
                        Node first = child;
                        html.attr("class", "turn__words").attr("data-speaker", speaker.shortName())
                                .withAttr().tagLineIndent("div", () -> {
                                    for (Node words = first; words != null && !(words instanceof Note);
                                         words = words.getNext()) {
                                        context.render(words);
                                    }
                                });
                        while (child != null && !(child instanceof Note)) {
                            child = child.getNext();
                        }
                    }
                });
    }

    /**
     * An item this document discusses links to its section. The agenda's frame (list, items, where the others are
     * discussed) is the page's: only the site knows the other parts of a series.
     */
    private void renderAgendaItem(AgendaItem item, NodeRendererContext context, HtmlWriter html) {
        Heading section = item.getSection();
        if (section == null) {
            context.renderChildren(item);
            return;
        }
        html.attr("href", "#" + section.getAnchorRefId()).withAttr().tag("a");
        context.renderChildren(item);
        html.closeTag("a");
    }

    private void renderRoster(Roster roster, NodeRendererContext context, HtmlWriter html) {
        Map<String, List<Speaker>> bySide = new LinkedHashMap<>();
        for (Speaker speaker : roster.getSpeakers()) {
            bySide.computeIfAbsent(speaker.group() == null ? "" : speaker.group(), g -> new java.util.ArrayList<>())
                    .add(speaker);
        }
        html.attr("class", "roster").withAttr().tagLineIndent("section", () -> {
            html.attr("class", "roster__caption").withAttr().tag("p").text(rosterCaption).closeTag("p").line();
            int side = 0;
            for (Map.Entry<String, List<Speaker>> group : bySide.entrySet()) {
                side++;
                html.attr("class", "roster__group roster__group--side-" + side).withAttr().tag("ul").line();
                for (Speaker speaker : group.getValue()) {
                    html.attr("class", "roster__person").withAttr().tag("li");
                    if (speaker.role() != null && !speaker.role().isBlank()) {
                        // Role and name as the source writes them, "練馬区CIO(副区長):森田 泰子".
                        html.attr("class", "roster__role").withAttr().tag("span").text(speaker.role())
                                .closeTag("span");
                        html.attr("class", "roster__sep").withAttr().tag("span").text(":").closeTag("span");
                    }
                    html.attr("class", "roster__name").withAttr().tag("span");
                    if (speaker.reading() == null || speaker.reading().isBlank()) {
                        html.text(speaker.name());
                    } else {
                        // The reading over the name, in parentheses where a browser shows no ruby.
                        html.tag("ruby").text(speaker.name()).tag("rp").text("\uFF08").closeTag("rp")
                                .tag("rt").text(speaker.reading()).closeTag("rt")
                                .tag("rp").text("\uFF09").closeTag("rp").closeTag("ruby");
                    }
                    html.closeTag("span");
                    html.closeTag("li").line();
                }
                html.closeTag("ul").line();
            }
        });
    }

    private static void wrap(String tag, String cssClass, Node node,
                             NodeRendererContext context, HtmlWriter html) {
        html.attr("class", cssClass).withAttr().tag(tag);
        context.renderChildren(node);
        html.closeTag(tag).line();
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new DialogueNodeRenderer(options);
        }
    }
}

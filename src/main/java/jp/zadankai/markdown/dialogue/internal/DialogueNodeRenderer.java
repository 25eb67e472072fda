package jp.zadankai.markdown.dialogue.internal;

import java.util.ArrayList;
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

import jp.zadankai.markdown.PhraseBreaks;
import jp.zadankai.markdown.dialogue.AgendaCaption;
import jp.zadankai.markdown.dialogue.AgendaItem;
import jp.zadankai.markdown.dialogue.DialogueExtension;
import jp.zadankai.markdown.dialogue.Note;
import jp.zadankai.markdown.dialogue.Question;
import jp.zadankai.markdown.dialogue.Roster;
import jp.zadankai.markdown.dialogue.Speaker;
import jp.zadankai.markdown.dialogue.Turn;

public class DialogueNodeRenderer implements NodeRenderer {
    private final String rosterCaption;
    private final PhraseBreaks phrases = PhraseBreaks.japanese();

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
     * A turn: the speaker line (name, role, permalink, the same speaker's next turn), then what they say. The
     * {@code turn--by-N} class is the speaker's place among the participants, which the page's follow-one-speaker
     * view ({@code #follow-N}) keys on. The speaker's words carry {@code data-speaker}; a note among them (the
     * editor's, not the speaker's) stands between them, inside the turn but outside the words.
     */
    private void renderTurn(Turn turn, NodeRendererContext context, HtmlWriter html) {
        Speaker speaker = turn.getSpeaker();
        String turnId = turnId(turn);
        html.attr("class", "turn turn--side-" + turn.getSide() + " turn--by-" + turn.getSpeakerNumber())
                .attr("id", turnId)
                .withAttr().tagLineIndent("section", () -> {
                    html.attr("class", "turn__speaker").withAttr().tag("p");
                    html.attr("class", "turn__name").withAttr().tag("span").text(speaker.shortName()).closeTag("span");
                    if (speaker.role() != null && !speaker.role().isBlank()) {
                        html.attr("class", "turn__role").withAttr().tag("span").raw(phrases.html(speaker.role()))
                                .closeTag("span");
                    }
                    // A permalink, so a reader can share one utterance; its name says whose, as a link list reads it,
                    // and which, so that the list holds no two alike. No さん: the roster is 敬称略.
                    html.attr("class", "turn__permalink").attr("href", "#" + turnId)
                            .attr("aria-label", speaker.shortName() + "の発言（" + turn.getNumber() + "）へのリンク")
                            .withAttr().tag("a").text("#").closeTag("a");
                    Turn next = turn.getNextBySpeaker();
                    if (next != null) {
                        html.attr("class", "turn__next").attr("href", "#" + turnId(next))
                                .attr("aria-label", speaker.shortName() + "の次の発言")
                                .withAttr().tag("a").text("次の発言").closeTag("a");
                    }
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

    private static String turnId(Turn turn) {
        return "turn-" + turn.getNumber();
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

    /**
     * Name first, each group under its caption, in a fold a phone opens on demand; who speaks in this part links to
     * the view of their turns alone, who does not is marked so. Roles carry {@code <wbr>} between phrases, for
     * pages set with {@code keep-all}.
     */
    private void renderRoster(Roster roster, NodeRendererContext context, HtmlWriter html) {
        Map<String, List<Speaker>> bySide = new LinkedHashMap<>();
        for (Speaker speaker : roster.getSpeakers()) {
            bySide.computeIfAbsent(speaker.group() == null ? "" : speaker.group(), g -> new ArrayList<>())
                    .add(speaker);
        }
        // Folded on a phone (the stylesheet keeps it open on wider screens): the summary names who speaks.
        List<String> speaking = roster.getSpeakers().stream().filter(s -> roster.firstTurnOf(s) != null)
                .map(Speaker::name).toList();
        html.attr("class", "roster").withAttr().tagLineIndent("details", () -> {
            html.attr("class", "roster__caption").withAttr().tag("summary").text(rosterCaption);
            if (!speaking.isEmpty()) {
                html.attr("class", "roster__gist").withAttr().tag("span")
                        .text("発言：" + String.join("、", speaking)
                                + (speaking.size() < roster.getSpeakers().size()
                                ? "ほか" + (roster.getSpeakers().size() - speaking.size()) + "名" : ""))
                        .closeTag("span");
            }
            html.closeTag("summary").line();
            int side = 0;
            for (Map.Entry<String, List<Speaker>> group : bySide.entrySet()) {
                side++;
                html.attr("class", "roster__group roster__group--side-" + side).withAttr().tag("div").line();
                if (!group.getKey().isEmpty()) {
                    html.attr("class", "roster__side").withAttr().tag("p").text(group.getKey()).closeTag("p").line();
                }
                html.attr("class", "roster__people").withAttr().tag("ul").line();
                for (Speaker speaker : group.getValue()) {
                    renderPerson(speaker, roster.firstTurnOf(speaker), html);
                }
                html.closeTag("ul").line();
                html.closeTag("div").line();
            }
        });
    }

    private void renderPerson(Speaker speaker, Turn firstTurn, HtmlWriter html) {
        html.attr("class", firstTurn == null ? "roster__person" : "roster__person roster__person--speaks")
                .withAttr().tag("li");
        html.attr("class", "roster__name").withAttr().tag("span");
        if (speaker.reading() == null || speaker.reading().isBlank()) {
            html.text(speaker.name());
        } else {
            // The reading over the name, in parentheses where a browser shows no ruby.
            html.tag("ruby").text(speaker.name()).tag("rp").text("（").closeTag("rp")
                    .tag("rt").text(speaker.reading()).closeTag("rt")
                    .tag("rp").text("）").closeTag("rp").closeTag("ruby");
        }
        html.closeTag("span");
        if (speaker.role() != null && !speaker.role().isBlank()) {
            html.attr("class", "roster__role").withAttr().tag("span").raw(phrases.html(speaker.role()))
                    .closeTag("span");
        }
        if (firstTurn == null) {
            html.attr("class", "roster__silent").withAttr().tag("span").text("この回は発言なし").closeTag("span");
        } else {
            // Opens the page's follow-one-speaker view: a link a reader can also share.
            html.attr("class", "roster__follow").attr("href", "#follow-" + firstTurn.getSpeakerNumber())
                    .attr("aria-label", speaker.shortName() + "の発言だけを読む").withAttr().tag("a")
                    .text("発言だけを読む").closeTag("a");
        }
        html.closeTag("li").line();
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

package jp.zadankai.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.springframework.stereotype.Component;

import jp.zadankai.markdown.cjk.CjkFriendlyEmphasisExtension;
import jp.zadankai.markdown.dialogue.Agenda;
import jp.zadankai.markdown.dialogue.AgendaCaption;
import jp.zadankai.markdown.dialogue.AgendaGroup;
import jp.zadankai.markdown.dialogue.AgendaItem;
import jp.zadankai.markdown.dialogue.DialogueExtension;
import jp.zadankai.markdown.dialogue.NodeText;
import jp.zadankai.markdown.dialogue.Speaker;
import jp.zadankai.markdown.dialogue.Turn;
import jp.zadankai.markdown.ruby.RubyExtension;

/**
 * Markdown to sanitised HTML: flexmark with the dialogue extension and the fixes Japanese text needs, then one
 * OWASP policy. Thread-safe; the parser and renderer are built once.
 */
@Component
public class MarkdownRenderer {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create(),
                    DialogueExtension.create(), JapaneseTextExtension.create(),
                    // **「重要」**です and **テスト。**テスト render as emphasis (CommonMark's flanking rule fails them).
                    CjkFriendlyEmphasisExtension.create(), RubyExtension.create()))
            .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            // Raw HTML is shown as text, not dropped: nothing an editor pasted is lost, nothing of it runs.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .linkResolverFactory(new RelativePathLinks()).build();
    private final ArticleHtmlSanitizer sanitizer = new ArticleHtmlSanitizer();

    /**
     * Renders one article body. Flexmark reads parser options only when a parser is built, so an article with
     * participants gets a parser of its own (built at load time, about a millisecond); the renderer is shared.
     */
    public RenderedMarkdown render(CharSequence markdown, List<Speaker> speakers) {
        Parser documentParser = speakers.isEmpty() ? parser
                : Parser.builder(new MutableDataSet(OPTIONS).set(DialogueExtension.SPEAKERS, List.copyOf(speakers)))
                .build();
        // Read through the sequence given, not a copy: the loader's sequence ends a render that ran over its time.
        Document document = documentParser.parse(BasedSequence.of(markdown));
        withoutLayoutAttributes(document);
        Agenda agenda = agendaOf(document);
        Body body = agenda == null ? new Body(sanitizer.sanitize(renderer.render(document)), null, "")
                : renderAround(document, agenda);
        Map<Heading, String> numbers = agenda == null ? Map.of() : agenda.numbersBySection();
        List<TocHeading> headings = new ArrayList<>();
        List<LinkTarget> links = new ArrayList<>();
        Set<String> spoke = new LinkedHashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new TocHeading(heading.getLevel(), heading.getAnchorRefId(), textOf(heading),
                        numbers.get(heading)));
            } else if (node instanceof LinkNodeBase link) {
                links.add(new LinkTarget(link.getUrl().toString(), document.getLineNumber(link.getStartOffset()) + 1));
            } else if (node instanceof Turn turn) {
                spoke.add(turn.getSpeaker().shortName());
            }
        }
        Set<String> labels = new HashSet<>();
        speakers.forEach(speaker -> {
            labels.add(speaker.shortName());
            labels.add(speaker.name());
        });
        return new RenderedMarkdown(body.html(), body.agenda(), body.htmlAfterAgenda(), List.copyOf(headings),
                textOf(document), List.copyOf(links), Set.copyOf(spoke), MarkdownLint.check(document, labels));
    }

    /**
     * Classes, and ids the layout uses, written as attributes ({@code {.banner .banner--errors}},
     * {@code {.turn}}, {@code {#main}}) are dropped: the page's structure (the error banner, a speaker's turn, the
     * skip link's target) comes from the templates and the dialogue's renderer only. A heading's own id is made
     * unique by the id generator.
     */
    private static void withoutLayoutAttributes(Document document) {
        List<AttributeNode> dropped = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && (attribute.isClass()
                    || attribute.isId() && LayoutIds.isReserved(attribute.getValue().toString()))) {
                dropped.add(attribute);
            }
        }
        dropped.forEach(Node::unlink);
    }

    private static Agenda agendaOf(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Agenda agenda) {
                return agenda;
            }
        }
        return null;
    }

    /** A body's HTML, sanitised, around its agenda. */
    private record Body(String html, RenderedAgenda agenda, String htmlAfterAgenda) {
    }

    /**
     * Renders the blocks before the agenda and those after it each as the document alone, the others set aside and
     * put back after: both parts are whole HTML the sanitiser checks on its own, for the page to place the agenda
     * between.
     */
    private Body renderAround(Document document, Agenda agenda) {
        // Nearest first, the order in which they are put back in front of the agenda.
        List<Node> lead = new ArrayList<>();
        for (Node node = agenda.getPrevious(); node != null; node = node.getPrevious()) {
            lead.add(node);
        }
        List<Node> after = new ArrayList<>();
        for (Node node = agenda.getNext(); node != null; node = node.getNext()) {
            after.add(node);
        }
        agenda.unlink();
        after.forEach(Node::unlink);
        String before = sanitizer.sanitize(renderer.render(document));
        lead.forEach(Node::unlink);
        after.forEach(document::appendChild);
        String rest = sanitizer.sanitize(renderer.render(document));
        document.prependChild(agenda);
        lead.forEach(document::prependChild);
        return new Body(before, renderAgenda(agenda), rest);
    }

    /** The caption and each item rendered on their own; an item this body discusses links to its section. */
    private RenderedAgenda renderAgenda(Agenda agenda) {
        String caption = null;
        List<List<RenderedAgenda.Item>> groups = new ArrayList<>();
        for (Node node = agenda.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof AgendaCaption) {
                caption = PhraseBreaks.japanese().inHtml(renderInline(node));
            } else if (node instanceof AgendaGroup) {
                List<RenderedAgenda.Item> items = new ArrayList<>();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    AgendaItem item = (AgendaItem) child;
                    items.add(new RenderedAgenda.Item(PhraseBreaks.japanese().inHtml(renderInline(item)),
                            item.getSection() == null ? item.topic() : null));
                }
                groups.add(List.copyOf(items));
            }
        }
        return new RenderedAgenda(caption, List.copyOf(groups));
    }

    /** A line's inline content, without the line end flexmark closes every rendered block with. */
    private String renderInline(Node line) {
        return sanitizer.sanitize(renderer.render(line).stripTrailing());
    }

    private static String textOf(Node node) {
        return NodeText.of(node);
    }
}

package jp.zadankai.markdown.dialogue;

import java.util.List;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import jp.zadankai.markdown.dialogue.internal.AgendaNumberAttributes;
import jp.zadankai.markdown.dialogue.internal.DialogueNodeRenderer;
import jp.zadankai.markdown.dialogue.internal.DialoguePostProcessor;

/**
 * Renders a roundtable's structure from plain Markdown: turns ({@code 森田: …} or {@code 森田：…}), questions (―),
 * notes (※), the agenda (①…) and the roster of participants. The {@link Agenda} itself writes no HTML: its caption
 * and each {@link AgendaItem} render on their own (an item as a link to the section that discusses it, when
 * {@link AgendaItem#getSection()} has one), for the page to lay out with the targets only the site knows.
 */
public final class DialogueExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The article's participants; a label names one of them or it does not open a turn. */
    public static final DataKey<List<Speaker>> SPEAKERS = new DataKey<>("DIALOGUE_SPEAKERS", List.of());

    /** Caption of the roster (参加者（敬称略）). */
    public static final DataKey<String> ROSTER_CAPTION =
            new DataKey<>("DIALOGUE_ROSTER_CAPTION", "参加者（敬称略）");

    private DialogueExtension() {
    }

    public static DialogueExtension create() {
        return new DialogueExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new DialoguePostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        if (htmlRendererBuilder.isRendererType("HTML")) {
            htmlRendererBuilder.nodeRendererFactory(new DialogueNodeRenderer.Factory());
            htmlRendererBuilder.attributeProviderFactory(new AgendaNumberAttributes.Factory());
        }
    }
}

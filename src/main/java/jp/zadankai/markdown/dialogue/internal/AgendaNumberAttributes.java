package jp.zadankai.markdown.dialogue.internal;

import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives a heading that an agenda item links to that item's circled number, {@code data-agenda="①"}, which the
 * stylesheet shows before the heading: the reader sees where the agenda's ① is discussed.
 */
public class AgendaNumberAttributes implements AttributeProvider {
    /**
     * Set on the document when it is parsed: the page renders the blocks around the agenda without it, so the
     * numbers cannot be looked up from the agenda then.
     */
    static final DataKey<Map<Heading, String>> SECTION_NUMBERS =
            new DataKey<>("DIALOGUE_SECTION_NUMBERS", Map.of());

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE) {
            String number = SECTION_NUMBERS.get(heading.getDocument()).get(heading);
            if (number != null) {
                attributes.addValue("data-agenda", number);
            }
        }
    }

    public static class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new AgendaNumberAttributes();
        }
    }
}

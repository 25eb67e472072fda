package jp.zadankai.markdown;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one sanitising policy every rendered article passes before it reaches a page: the elements and attributes
 * our Markdown and the dialogue extension produce, links only to http, https, mailto, relative paths and fragments.
 * Scripts, styles, event handlers, frames, forms and SVG never pass.
 */
final class ArticleHtmlSanitizer {
    private static final Pattern ALIGN = Pattern.compile("(?i)left|center|right");
    private static final Pattern AGENDA_NUMBER = Pattern.compile("[①-⑳]");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");
    /** CommonMark allows a list to start at any number of up to nine digits. */
    private static final Pattern LIST_START = Pattern.compile("[0-9]{1,9}");

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del",
                    "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr",
                    "th", "td", "section", "div", "span", "sup", "sub", "kbd", "mark", "small", "figure",
                    "figcaption", "dl", "dt", "dd", "wbr", "ruby", "rt", "rp",
                    // The roster's fold. Without attributes: <details open ontoggle=…> fires by itself, and neither
                    // open nor any on* attribute is ever allowed.
                    "details", "summary")
            .allowAttributes("id", "class", "title", "lang").globally()
            .allowAttributes("href", "aria-label").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("start").matching(LIST_START).onElements("ol")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("data-speaker").onElements("div")
            .allowAttributes("data-agenda").matching(AGENDA_NUMBER).onElements("h2", "h3")
            .allowStandardUrlProtocols()
            .toFactory();

    String sanitize(String html) {
        return policy.sanitize(html);
    }
}

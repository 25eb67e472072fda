package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** What every rendered body must be: well-formed, with no element, attribute or URL that can run anything. */
final class SafeHtml {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)(?:=\"([^\"]*)\")?");
    private static final List<String> VOID = List.of("br", "hr", "img");
    private static final List<String> FORBIDDEN = List.of("script", "iframe", "object", "embed", "svg", "math",
            "style", "form", "input", "button", "base", "meta", "link", "frame", "frameset", "template", "noscript",
            "video", "audio", "source", "isindex", "body", "x");
    /** A scheme we allow, or none: a URL whose first colon comes after a {@code / ? #} has no scheme at all. */
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?:|mailto:|/|#|[^:/?#]*[/?#]|[^:]*$).*");

    private SafeHtml() {
    }

    static void assertSafe(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String name = tags.group(2).toLowerCase(Locale.ROOT);
            assertThat(name).as("element in %s", html).isNotIn(FORBIDDEN);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
            while (attributes.find()) {
                String attribute = attributes.group(1).toLowerCase(Locale.ROOT);
                String value = attributes.group(2) == null ? "" : HtmlUtils.htmlUnescape(attributes.group(2));
                assertThat(attribute).as("attribute in %s", html).doesNotStartWith("on")
                        .isNotIn("style", "srcdoc", "formaction", "action", "background", "dynsrc", "xlink:href",
                                "data", "open");
                if (attribute.equals("href") || attribute.equals("src")) {
                    assertThat(value.strip()).as("URL in %s", html).matches(SAFE_URL);
                }
            }
            if (VOID.contains(name) || !tags.group(4).isEmpty()) {
                continue;
            }
            if (tags.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing </%s> in %s", name, html).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> in %s", name, html).isEqualTo(name);
            }
        }
        assertThat(open).as("unclosed in %s", html).isEmpty();
        assertThat(html.replaceAll("<[^>]*>", "")).as("stray < in text: %s", html).doesNotContain("<");
    }
}

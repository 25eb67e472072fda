package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import jp.zadankai.markdown.dialogue.Speaker;

/** Whatever an editor writes, the pipeline renders it into well-formed HTML with nothing that can run. */
class MarkdownPipelinePropertyTests {
    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("\u68ee\u7530 \u6cf0\u5b50", "\u68ee\u7530", "CIO", "A"),
            new Speaker("\u5bae\u5742 \u5b66", "\u5bae\u5742", "CIO", "B"));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*(/?)>");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of(
                "\u68ee\u7530: ", "\u5bae\u5742\uff1a", "\u2015", "\u203b", "\u2460 ", "\n", "\n\n", "# ", "## ", "> ",
                "- ", "1. ", "**", "*", "_", "`", "```\n", "---\n", "[", "]", "(", ")", "![", "<", ">", "{", "}",
                "#", ".", "=", "\"", "'", "&", ";", "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,",
                "java&#115;cript:", "&#106;avascript:", "<script>", "</script>", "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">", "onclick=alert(1)", "style=\"x\"",
                "{onclick=alert(1)}", "{#id}", "{.c}", "|a|b|\n|-|-|\n", "\u3002", "\u300c", "\u300d", "\uff08",
                "\u3000", "DX", "\u65e5\u672c\u8a9e", "http://example.com", " ", "\t", "\\", "&lt;", "%", "\u0000");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void anyInputRendersIntoWellFormedHtmlWithoutScriptsHandlersOrDangerousUrls(@ForAll("markdown") String markdown) {
        String html = renderer.render(markdown, SPEAKERS).html();

        SafeHtml.assertSafe(html);
    }

    @Property(tries = 200)
    void anyInputWithSpeakersKeepsDataSpeakerOnTurnsOnly(@ForAll("markdown") String markdown) {
        String html = renderer.render(markdown, SPEAKERS).html();

        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            if (tags.group(3).contains("data-speaker=")) {
                assertThat(tags.group(2)).isEqualTo("section");
                assertThat(tags.group(3)).contains("class=\"turn ").containsPattern("data-speaker=\"(\u68ee\u7530|\u5bae\u5742)\"");
            }
        }
    }
}

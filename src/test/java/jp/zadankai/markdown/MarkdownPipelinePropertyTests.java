package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
            new Speaker("森田 泰子", "森田", "CIO", "A"),
            new Speaker("宮坂 学", "宮坂", "CIO", "B"));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*(/?)>");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of(
                "森田: ", "宮坂\uff1a", "―", "※", "① ", "\n", "\n\n", "# ", "## ", "> ",
                "- ", "1. ", "**", "*", "_", "`", "```\n", "---\n", "[", "]", "(", ")", "![", "<", ">", "{", "}",
                "#", ".", "=", "\"", "'", "&", ";", "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,",
                "java&#115;cript:", "&#106;avascript:", "<script>", "</script>", "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">", "onclick=alert(1)", "style=\"x\"",
                "{onclick=alert(1)}", "{#id}", "{.c}", "|a|b|\n|-|-|\n", "。", "「", "」", "\uff08",
                "\u3000", "DX", "日本語", "http://example.com", " ", "\t", "\\", "&lt;", "%", "\u0000");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    /** Every piece of HTML a body renders into: the blocks around the agenda, its caption and its items. */
    private List<String> htmlOf(String markdown) {
        RenderedMarkdown rendered = renderer.render(markdown, SPEAKERS);
        List<String> html = new ArrayList<>(List.of(rendered.html(), rendered.htmlAfterAgenda()));
        if (rendered.agenda() != null) {
            if (rendered.agenda().caption() != null) {
                html.add(rendered.agenda().caption());
            }
            rendered.agenda().groups().forEach(group -> group.forEach(item -> html.add(item.html())));
        }
        return html;
    }

    @Property(tries = 400)
    void anyInputRendersIntoWellFormedHtmlWithoutScriptsHandlersOrDangerousUrls(@ForAll("markdown") String markdown) {
        htmlOf(markdown).forEach(SafeHtml::assertSafe);
    }

    @Property(tries = 200)
    void anyInputWithSpeakersKeepsDataSpeakerOnTurnsOnly(@ForAll("markdown") String markdown) {
        String html = String.join("", htmlOf(markdown));

        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            if (tags.group(3).contains("data-speaker=")) {
                assertThat(tags.group(2)).isEqualTo("section");
                assertThat(tags.group(3)).contains("class=\"turn ").containsPattern("data-speaker=\"(森田|宮坂)\"");
            }
        }
    }
}

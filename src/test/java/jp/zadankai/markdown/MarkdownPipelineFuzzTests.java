package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.zadankai.markdown.dialogue.Speaker;

/**
 * Whatever an editor writes, the pipeline renders it into well-formed HTML with nothing that can run. Without
 * {@code JAZZER_FUZZ} each target replays its inputs under {@code MarkdownPipelineFuzzTestsInputs/}.
 */
class MarkdownPipelineFuzzTests {
    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("森田 泰子", "森田", "CIO", "A", null),
            new Speaker("宮坂 学", "宮坂", "CIO", "B", null));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*(/?)>");
    /**
     * Byte-level mutation alone rarely assembles a speaker label, a table or an encoded {@code javascript:}; the
     * pieces put those in reach, and raw strings between them keep everything else reachable too.
     */
    private static final String[] PIECES = {
            "森田: ", "宮坂\uff1a", "―", "※", "① ", "\n", "\n\n", "# ", "## ", "> ",
            "- ", "1. ", "**", "*", "_", "`", "```\n", "---\n", "[", "]", "(", ")", "![", "<", ">", "{", "}",
            "#", ".", "=", "\"", "'", "&", ";", "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,",
            "java&#115;cript:", "&#106;avascript:", "<script>", "</script>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">", "onclick=alert(1)", "style=\"x\"",
            "{onclick=alert(1)}", "{#id}", "{.c}", "|a|b|\n|-|-|\n", "。", "「", "」", "\uff08",
            "\u3000", "DX", "日本語", "http://example.com", " ", "\t", "\\", "&lt;", "%", "\u0000"};
    /** Enough for nested lists, tables and turns; longer inputs only make each run slower. */
    private static final int MAX_PARTS = 40;
    /** Characters in one raw part: room for a whole line for byte-level mutation to work on. */
    private static final int MAX_RAW = 64;

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @FuzzTest(maxDuration = "30s")
    void anyInputRendersIntoWellFormedHtmlWithoutScriptsHandlersOrDangerousUrls(FuzzedDataProvider data) {
        // Articles without participants go through the shared parser, those with them through one of their own.
        List<Speaker> speakers = data.consumeBoolean() ? SPEAKERS : List.of();

        htmlOf(markdown(data), speakers).forEach(SafeHtml::assertSafe);
    }

    @FuzzTest(maxDuration = "30s")
    void anyInputWithSpeakersKeepsDataSpeakerOnTurnsOnly(FuzzedDataProvider data) {
        String html = String.join("", htmlOf(markdown(data), SPEAKERS));

        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            if (tags.group(3).contains("data-speaker=")) {
                assertThat(tags.group(2)).as(html).isEqualTo("div");
                assertThat(tags.group(3)).as(html).contains("class=\"turn__words\"")
                        .containsPattern("data-speaker=\"(森田|宮坂)\"");
            }
        }
    }

    /** Every piece of HTML a body renders into: the blocks around the agenda, its caption and its items. */
    private static List<String> htmlOf(String markdown, List<Speaker> speakers) {
        RenderedMarkdown rendered = RENDERER.render(markdown, speakers);
        List<String> html = new ArrayList<>(List.of(rendered.html(), rendered.htmlAfterAgenda()));
        if (rendered.agenda() != null) {
            if (rendered.agenda().caption() != null) {
                html.add(rendered.agenda().caption());
            }
            rendered.agenda().groups().forEach(group -> group.forEach(item -> html.add(item.html())));
        }
        return html;
    }

    /** Pieces of the dictionary and raw strings, in an order and mix the fuzzer chooses. */
    private static String markdown(FuzzedDataProvider data) {
        StringBuilder markdown = new StringBuilder();
        for (int part = 0; part < MAX_PARTS && data.remainingBytes() > 0; part++) {
            markdown.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(MAX_RAW));
        }
        return markdown.toString();
    }
}

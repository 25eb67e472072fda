package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseMarkdownTests {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown, List.of()).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "**\u30c6\u30b9\u30c8\u3002**\u30c6\u30b9\u30c8",            // **テスト。**テスト
            "**\u300c\u91cd\u8981\u300d**\u3067\u3059",                  // **「重要」**です
            "**DX\uff08\u5909\u9769\uff09**\u3092",                      // **DX（変革）**を
            "**DX(\u5909\u9769)**\u3092",                                // **DX(変革)**を
            "\u3053\u308c\u306f**\u300c\u5f15\u7528\u300d**\u3002"      // これは**「引用」**。
    })
    void strongEmphasisNextToJapanesePunctuationRenders(String markdown) {
        String html = html(markdown);

        assertThat(html).contains("<strong>").doesNotContain("**");
    }

    @Test
    void lineWrappedBetweenJapaneseCharactersLeavesNoSpace() {
        assertThat(html("\u65e5\u672c\u8a9e\u306e\n\u6587\u7ae0\u3002")).isEqualTo("<p>\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3002</p>\n");
    }

    @Test
    void lineWrappedAfterJapanesePunctuationInsideEmphasisLeavesNoSpace() {
        assertThat(html("**\u5f37\u8abf\u3002**\n\u7d9a\u304d")).contains("</strong>\u7d9a\u304d");
    }

    @Test
    void lineWrappedBetweenLatinWordsKeepsItsBreak() {
        assertThat(html("open\nsource")).isEqualTo("<p>open\nsource</p>\n");
    }

    @Test
    void lineWrappedBetweenLatinAndJapaneseKeepsItsBreak() {
        assertThat(html("DX\n\u63a8\u9032")).isEqualTo("<p>DX\n\u63a8\u9032</p>\n");
    }

    @Test
    void headingIdsAreReadableUniqueAndNeverEmpty() {
        RenderedMarkdown rendered = renderer.render(
                "## \u533a\u306eDX\u63a8\u9032\u65b9\u91dd\u306b\u3064\u3044\u3066\n\n"
                        + "## \u533a\u306eDX\u63a8\u9032\u65b9\u91dd\u306b\u3064\u3044\u3066\n\n"
                        + "## \u300c\u300d\u3002\n\n"
                        + "### \u6a19\u6e96\u5316\u30fb\u5171\u901a\u5316\u3000\u3092\u63a8\u9032\n", List.of());

        assertThat(rendered.headings()).extracting(TocHeading::id).containsExactly(
                "\u533a\u306edx\u63a8\u9032\u65b9\u91dd\u306b\u3064\u3044\u3066",
                "\u533a\u306edx\u63a8\u9032\u65b9\u91dd\u306b\u3064\u3044\u3066-2",
                "section",
                "\u6a19\u6e96\u5316-\u5171\u901a\u5316-\u3092\u63a8\u9032");
        for (TocHeading heading : rendered.headings()) {
            assertThat(rendered.html()).containsOnlyOnce("id=\"" + heading.id() + "\"");
        }
    }

    @Test
    void headingTakesAnIdWrittenInBracesAndGeneratedIdsAvoidIt() {
        RenderedMarkdown rendered = renderer.render(
                "## \u898b\u51fa\u3057 {#intro}\n\n## intro\n", List.of());

        assertThat(rendered.headings()).extracting(TocHeading::id).containsExactly("intro", "intro-2");
        assertThat(rendered.headings().get(0).text()).isEqualTo("\u898b\u51fa\u3057");
        assertThat(rendered.html()).containsOnlyOnce("id=\"intro\"");
    }

    @Test
    void typographicQuotesAreLeftAlone() {
        assertThat(html("'\u5f15\u7528'")).contains("&#39;\u5f15\u7528&#39;").doesNotContain("\u2019");
    }

    @Test
    void tablesNeedOnlyOneDashPerColumn() {
        assertThat(html("|\u540d\u524d|\u5f79\u8077|\n|-|-|\n|\u68ee\u7530|CIO|")).contains("<table>", "<td>\u68ee\u7530</td>");
    }
}

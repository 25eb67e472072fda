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
            "**テスト。**テスト",            // **テスト。**テスト
            "**「重要」**です",                  // **「重要」**です
            "**DX\uff08変革\uff09**を",                      // **DX（変革）**を
            "**DX(変革)**を",                                // **DX(変革)**を
            "これは**「引用」**。"      // これは**「引用」**。
    })
    void strongEmphasisNextToJapanesePunctuationRenders(String markdown) {
        String html = html(markdown);

        assertThat(html).contains("<strong>").doesNotContain("**");
    }

    @Test
    void lineWrappedBetweenJapaneseCharactersLeavesNoSpace() {
        assertThat(html("日本語の\n文章。")).isEqualTo("<p>日本語の文章。</p>\n");
    }

    @Test
    void lineWrappedAfterJapanesePunctuationInsideEmphasisLeavesNoSpace() {
        assertThat(html("**強調。**\n続き")).contains("</strong>続き");
    }

    @Test
    void lineWrappedBetweenLatinWordsKeepsItsBreak() {
        assertThat(html("open\nsource")).isEqualTo("<p>open\nsource</p>\n");
    }

    @Test
    void lineWrappedBetweenLatinAndJapaneseKeepsItsBreak() {
        assertThat(html("DX\n推進")).isEqualTo("<p>DX\n推進</p>\n");
    }

    @Test
    void headingIdsAreReadableUniqueAndNeverEmpty() {
        RenderedMarkdown rendered = renderer.render(
                "## 区のDX推進方針について\n\n"
                        + "## 区のDX推進方針について\n\n"
                        + "## 「」。\n\n"
                        + "### 標準化・共通化\u3000を推進\n", List.of());

        assertThat(rendered.headings()).extracting(TocHeading::id).containsExactly(
                "区のdx推進方針について",
                "区のdx推進方針について-2",
                "section",
                "標準化-共通化-を推進");
        for (TocHeading heading : rendered.headings()) {
            assertThat(rendered.html()).containsOnlyOnce("id=\"" + heading.id() + "\"");
        }
    }

    @Test
    void headingTakesAnIdWrittenInBracesAndGeneratedIdsAvoidIt() {
        RenderedMarkdown rendered = renderer.render(
                "## 見出し {#intro}\n\n## intro\n", List.of());

        assertThat(rendered.headings()).extracting(TocHeading::id).containsExactly("intro", "intro-2");
        assertThat(rendered.headings().get(0).text()).isEqualTo("見出し");
        assertThat(rendered.html()).containsOnlyOnce("id=\"intro\"");
    }

    @Test
    void typographicQuotesAreLeftAlone() {
        assertThat(html("'引用'")).contains("&#39;引用&#39;").doesNotContain("\u2019");
    }

    @Test
    void tablesNeedOnlyOneDashPerColumn() {
        assertThat(html("|名前|役職|\n|-|-|\n|森田|CIO|")).contains("<table>", "<td>森田</td>");
    }
}

package jp.zadankai.markdown.ruby;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.markdown.RenderedMarkdown;
import jp.zadankai.markdown.TocHeading;
import jp.zadankai.markdown.dialogue.Speaker;

class RubyExtensionTests {
    private static final String RP = "<rp>&#xff08;</rp>";
    private static final String RP_CLOSE = "<rp>&#xff09;</rp>";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown, List.of()).html();
    }

    @Test
    void oneReadingOverTheWholeWord() {
        assertThat(html("{情報統括責任者|じょうほうとうかつせきにんしゃ}です"))
                .isEqualTo("<p><ruby>情報統括責任者" + RP + "<rt>じょうほうとうかつせきにんしゃ</rt>" + RP_CLOSE
                        + "</ruby>です</p>\n");
    }

    @Test
    void oneReadingACharacter() {
        assertThat(html("{宮坂|みや|さか}")).isEqualTo("<p><ruby>宮" + RP + "<rt>みや</rt>" + RP_CLOSE + "坂" + RP
                + "<rt>さか</rt>" + RP_CLOSE + "</ruby></p>\n");
    }

    @Test
    void readingsThatDoNotMatchTheCharactersAreReadTogether() {
        assertThat(html("{情報|じょう|ほう|x}")).contains("<ruby>情報" + RP + "<rt>じょうほうx</rt>");
    }

    @Test
    void escapedBraceStaysLiteral() {
        assertThat(html("\\{漢字|かんじ}")).isEqualTo("<p>{漢字|かんじ}</p>\n");
    }

    @Test
    void notInCodeNorInLinkDestinations() {
        assertThat(html("`{漢字|かんじ}`")).isEqualTo("<p><code>{漢字|かんじ}</code></p>\n");
        assertThat(html("```\n{漢字|かんじ}\n```")).doesNotContain("<ruby>");
        assertThat(html("[a](/x/{漢字|かんじ})")).doesNotContain("<ruby>").contains("href=\"/x/");
    }

    @Test
    void incompleteFormsStayAsWritten() {
        assertThat(html("{漢字} {|かんじ} {漢字|} {漢字|かんじ")).doesNotContain("<ruby>")
                .contains("{漢字} {|かんじ} {漢字|} {漢字|かんじ");
    }

    @Test
    void inHeadingsTheIdAndContentsShowTheBaseOnly() {
        RenderedMarkdown rendered = renderer.render("## {練馬|ねりま}区のDX\n", List.of());

        assertThat(rendered.html()).contains("<ruby>練馬" + RP + "<rt>ねりま</rt>");
        assertThat(rendered.headings()).singleElement().satisfies(heading -> {
            assertThat(heading.text()).isEqualTo("練馬区のDX");
            assertThat(heading.id()).isEqualTo("練馬区のdx");
        });
        assertThat(rendered.text()).doesNotContain("ねりま");
    }

    @Test
    void attributesStillWork() {
        assertThat(renderer.render("## 見出し {#own}\n", List.of()).headings())
                .extracting(TocHeading::id).containsExactly("own");
    }

    @Test
    void rosterShowsTheReadingOverTheName() {
        Speaker miyasaka = new Speaker("宮坂 学", "宮坂", "東京都CIO", "東京都", "みやさか まなぶ");
        Speaker morita = new Speaker("森田 泰子", "森田", null, "練馬区", null);

        String html = renderer.render("宮坂: はい。\n\n森田: どうも。", List.of(miyasaka, morita)).html();

        assertThat(html).contains("<span class=\"roster__name\"><ruby>宮坂 学" + RP + "<rt>みやさか まなぶ</rt>"
                + RP_CLOSE + "</ruby></span>", "<span class=\"roster__name\">森田 泰子</span>");
    }

    @Test
    void sanitiserKeepsRubyAndNothingElseWithIt() {
        assertThat(html("{漢字|かんじ} <rb>x</rb> <rtc>y</rtc>")).contains("<ruby>", "<rt>", "<rp>")
                .doesNotContain("<rb>").doesNotContain("<rtc>");
    }
}

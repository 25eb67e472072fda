package jp.zadankai.markdown.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.markdown.RenderedAgenda;
import jp.zadankai.markdown.RenderedMarkdown;

class DialogueExtensionTests {
    private static final Speaker MORITA = new Speaker("森田 泰子", "森田",
            "練馬区CIO", "練馬区", null);
    private static final Speaker MIYASAKA = new Speaker("宮坂 学", "宮坂",
            "東京都CIO", "東京都", null);
    private static final List<Speaker> SPEAKERS = List.of(MORITA, MIYASAKA);
    private static final Pattern TURN = Pattern.compile(
            "<section class=\"turn turn--side-(\\d) turn--by-\\d+\" id=\"(turn-\\d+)\">(.*?)</section>", Pattern.DOTALL);
    private static final Pattern WORDS = Pattern.compile(
            "<div class=\"turn__words\" data-speaker=\"([^\"]+)\">(.*?)</div>", Pattern.DOTALL);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** @param words the HTML of the elements that carry {@code data-speaker}, joined */
    record RenderedTurn(int side, String id, String speaker, String html, String words) {
    }

    private String html(String markdown) {
        return renderer.render(markdown, SPEAKERS).html();
    }

    private static List<RenderedTurn> turns(String html) {
        Matcher m = TURN.matcher(html);
        List<RenderedTurn> turns = new java.util.ArrayList<>();
        while (m.find()) {
            Matcher words = WORDS.matcher(m.group(3));
            String speaker = null;
            StringBuilder spoken = new StringBuilder();
            while (words.find()) {
                assertThat(speaker == null || speaker.equals(words.group(1))).isTrue();
                speaker = words.group(1);
                spoken.append(words.group(2));
            }
            turns.add(new RenderedTurn(Integer.parseInt(m.group(1)), m.group(2), speaker, m.group(3),
                    spoken.toString()));
        }
        return turns;
    }

    @Test
    void turnOpensWithHalfWidthColonAndLabelIsNotPartOfTheUtterance() {
        List<RenderedTurn> turns = turns(html("森田: 私は副区長です。"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("森田");
            assertThat(turn.html()).contains("<p>私は副区長です。</p>")
                    .doesNotContain("森田:");
        });
    }

    @Test
    void turnOpensWithFullWidthColon() {
        List<RenderedTurn> turns = turns(html("宮坂\uff1a最初、小さいチームでした。"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("宮坂");
            assertThat(turn.side()).isEqualTo(2);
            assertThat(turn.html()).contains("<p>最初、").doesNotContain("\uff1a");
        });
    }

    @Test
    void fullNameIsAcceptedAsLabelAndTurnCarriesTheShortName() {
        List<RenderedTurn> turns = turns(html("森田 泰子: はい。"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("森田");
            assertThat(turn.html()).contains("<p>はい。</p>").contains("練馬区CIO");
        });
    }

    @Test
    void turnContinuesOverFollowingParagraphsUntilTheNextTurn() {
        String html = html("森田: 一つ目。\n\n二つ目。\n\n- 項目\n\n"
                + "宮坂: 三つ目。\n");

        List<RenderedTurn> turns = turns(html);
        assertThat(turns).extracting(RenderedTurn::speaker).containsExactly("森田", "宮坂");
        assertThat(turns.get(0).html()).contains("一つ目", "二つ目", "<li>項目</li>");
        assertThat(turns.get(1).html()).contains("三つ目").doesNotContain("二つ目");
    }

    @Test
    void softWrappedLineStaysInTheTurn() {
        List<RenderedTurn> turns = turns(html("森田: 一行目で\n二行目。"));

        assertThat(turns).singleElement().satisfies(turn ->
                assertThat(turn.html()).contains("<p>一行目で二行目。</p>"));
    }

    @Test
    void twoTurnLinesInOneParagraphAreTwoTurns() {
        List<RenderedTurn> turns = turns(html("森田: こんにちは。\n宮坂\uff1aどうも。"));

        assertThat(turns).extracting(RenderedTurn::speaker).containsExactly("森田", "宮坂");
        assertThat(turns.get(0).html()).contains("こんにちは").doesNotContain("どうも");
        assertThat(turns.get(1).html()).contains("<p>どうも。</p>");
    }

    @Test
    void questionEndsTheTurnAndIsSetApart() {
        String html = html("森田: 答え。\n\n―次の質問です\n\n続きの段落。");

        assertThat(turns(html)).singleElement().satisfies(turn ->
                assertThat(turn.html()).doesNotContain("―").doesNotContain("続き"));
        assertThat(html).contains("<div class=\"question\">\n<p>―次の質問です</p>\n</div>");
    }

    /**
     * Both dashes open a question, and the page keeps the one written: ― (U+2015), and — (U+2014), which some input
     * methods (macOS's) give for the same key. Pinned by code point: a tool could turn one into the other unseen.
     */
    @Test
    void eitherDashOpensAQuestion() {
        for (String dash : List.of("\u2015", "\u2014")) {
            String html = html("森田: 答え。\n\n" + dash + "次の質問です\n\n続きの段落。");

            assertThat(turns(html)).as("U+%04X", (int) dash.charAt(0)).singleElement()
                    .satisfies(turn -> assertThat(turn.html()).doesNotContain("次の質問").doesNotContain("続き"));
            assertThat(html).contains("<div class=\"question\">\n<p>" + dash + "次の質問です</p>\n</div>");
        }
        assertThat(html("森田: 答え。\n\n\u30fc次の質問です")).doesNotContain("class=\"question\"");
    }

    @Test
    void noteIsSetApartAndDoesNotEndTheTurn() {
        String html = html("森田: 答え。\n\n※注です。\n\n続き。");

        assertThat(turns(html)).singleElement().satisfies(turn -> {
            assertThat(turn.html()).contains("<div class=\"note\">\n<p>※注です。</p>\n</div>");
            assertThat(turn.words()).contains("答え。", "続き。");
        });
    }

    @Test
    void noteInATurnIsOutsideTheElementsCarryingDataSpeaker() {
        String html = html("森田: 答え。\n\n※注です。\n\n続き。");

        assertThat(turns(html)).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("森田");
            assertThat(turn.words()).doesNotContain("※", "note");
            assertThat(turn.html()).containsSubsequence("答え。", "※注です。", "続き。");
        });
        assertThat(html.split("data-speaker=", -1)).hasSize(3);
    }

    @Test
    void turnLabelIsNotPartOfTheSpeakersWords() {
        assertThat(turns(html("森田: はい。"))).singleElement().satisfies(turn -> {
            assertThat(turn.html()).contains("turn__name");
            assertThat(turn.words()).isEqualTo("\n<p>はい。</p>\n");
        });
    }

    @Test
    void headingAndThematicBreakEndTheTurn() {
        String html = html("森田: 一。\n\n## 見出し\n\n地の文。\n\n"
                + "宮坂: 二。\n\n---\n\n結び。");

        List<RenderedTurn> turns = turns(html);
        assertThat(turns).hasSize(2);
        assertThat(turns).allSatisfy(turn -> assertThat(turn.html())
                .doesNotContain("地の文").doesNotContain("結び").doesNotContain("<h2"));
        assertThat(html).contains("<p>地の文。</p>", "<p>結び。</p>");
    }

    @Test
    void labelThatNamesNoParticipantIsAnOrdinaryParagraph() {
        String html = html("司会: 始めます。\n\n森田さん: はい。");

        assertThat(turns(html)).isEmpty();
        assertThat(html).contains("<p>司会: 始めます。</p>")
                .doesNotContain("data-speaker");
    }

    @Test
    void labelInsideAQuoteOrAListOrMidLineOpensNoTurn() {
        String html = html("> 森田: 引用。\n\n- 宮坂: 項目\n\n"
                + "文中の 森田: は話しました。");

        assertThat(html).doesNotContain("data-speaker");
    }

    @Test
    void onlyTurnsCarryDataSpeakerEvenWhenMarkdownTriesToAddIt() {
        String html = html("森田: はい。\n\n<p data-speaker=\"x\">raw</p>\n\n"
                + "段落 {data-speaker=\"y\"}\n");

        assertThat(html.split("data-speaker=\"", -1)).hasSize(2);
        assertThat(turns(html)).singleElement().extracting(RenderedTurn::speaker).isEqualTo("森田");
    }

    @Test
    void turnsAreNumberedInOrder() {
        String html = html("森田: 一。\n\n宮坂: 二。\n\n森田: 三。");

        assertThat(turns(html)).extracting(RenderedTurn::id).containsExactly("turn-1", "turn-2", "turn-3");
    }

    @Test
    void agendaKeepsItsCircledNumbersAndGroupsAndLinksItemsToTheirSections() {
        RenderedMarkdown rendered = renderer.render("議題\n① 一つ目\n② 二つ目\n\n③ 三つ目\n\n## 一つ目", SPEAKERS);

        assertThat(rendered.agenda()).isEqualTo(new RenderedAgenda("議題", List.of(
                List.of(new RenderedAgenda.Item("<a href=\"#一つ目\">① 一つ<wbr>目</a>", null),
                        new RenderedAgenda.Item("② 二つ目", "二つ目")),
                List.of(new RenderedAgenda.Item("③ 三つ目", "三つ目")))));
        // The body keeps no agenda of its own; the heading it links to shows the item's number.
        assertThat(rendered.html() + rendered.htmlAfterAgenda()).doesNotContain("class=\"agenda").doesNotContain(">①")
                .contains("<h2 id=\"一つ目\" data-agenda=\"①\">一つ目</h2>");
    }

    @Test
    void agendaItemLinksToTheFirstSectionWithItsWordsWhateverTheSpacing() {
        RenderedAgenda agenda = renderer.render("① 区の DX\n\n## 区の\u3000DX\n\n## 区のDX", SPEAKERS).agenda();

        assertThat(agenda.groups()).singleElement().satisfies(group -> assertThat(group).containsExactly(
                new RenderedAgenda.Item("<a href=\"#区の-dx\">① 区の DX</a>", null)));
    }

    @Test
    void circledNumbersInsideTheDialogueStayAsWritten() {
        String html = html("## 見出し\n\n森田: 理由は\n\n① 速さ\n② 安さ");

        assertThat(html).doesNotContain("agenda");
        assertThat(turns(html)).singleElement().satisfies(turn ->
                assertThat(turn.html()).contains("① 速さ"));
    }

    @Test
    void rosterLeadsIntoTheDialogueBeforeTheAgenda() {
        RenderedMarkdown rendered = renderer.render("導入。\n\n① 議題\n\n森田: はい。", SPEAKERS);

        String before = rendered.html();
        assertThat(before.indexOf("導入")).isLessThan(before.indexOf("<details class=\"roster\">"));
        assertThat(before).doesNotContain("<section class=\"turn");
        assertThat(rendered.agenda().groups()).singleElement().satisfies(group ->
                assertThat(group).extracting(RenderedAgenda.Item::html).containsExactly("① 議題"));
        assertThat(rendered.htmlAfterAgenda()).startsWith("<section class=\"turn").doesNotContain("roster");
        assertThat(before).contains("<li class=\"roster__person roster__person--speaks\"><span class=\"roster__name\">森田 泰子"
                + "</span><span class=\"roster__role\">練馬区CIO</span><a class=\"roster__follow\" href=\"#follow-1\"");
    }

    @Test
    void documentWithoutParticipantsHasNoRosterAndNoTurns() {
        String html = renderer.render("森田: はい。", List.of()).html();

        assertThat(html).doesNotContain("roster").doesNotContain("data-speaker");
    }
}

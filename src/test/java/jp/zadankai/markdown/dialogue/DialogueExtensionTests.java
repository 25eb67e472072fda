package jp.zadankai.markdown.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.zadankai.markdown.MarkdownRenderer;

class DialogueExtensionTests {
    private static final Speaker MORITA = new Speaker("\u68ee\u7530 \u6cf0\u5b50", "\u68ee\u7530",
            "\u7df4\u99ac\u533aCIO", "\u7df4\u99ac\u533a");
    private static final Speaker MIYASAKA = new Speaker("\u5bae\u5742 \u5b66", "\u5bae\u5742",
            "\u6771\u4eac\u90fdCIO", "\u6771\u4eac\u90fd");
    private static final List<Speaker> SPEAKERS = List.of(MORITA, MIYASAKA);
    private static final Pattern TURN = Pattern.compile(
            "<section class=\"turn turn--side-(\\d)\" id=\"(turn-\\d+)\" data-speaker=\"([^\"]+)\">(.*?)</section>",
            Pattern.DOTALL);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    record RenderedTurn(int side, String id, String speaker, String html) {
    }

    private String html(String markdown) {
        return renderer.render(markdown, SPEAKERS).html();
    }

    private static List<RenderedTurn> turns(String html) {
        Matcher m = TURN.matcher(html);
        List<RenderedTurn> turns = new java.util.ArrayList<>();
        while (m.find()) {
            turns.add(new RenderedTurn(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4)));
        }
        return turns;
    }

    @Test
    void turnOpensWithHalfWidthColonAndLabelIsNotPartOfTheUtterance() {
        List<RenderedTurn> turns = turns(html("\u68ee\u7530: \u79c1\u306f\u526f\u533a\u9577\u3067\u3059\u3002"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("\u68ee\u7530");
            assertThat(turn.html()).contains("<p>\u79c1\u306f\u526f\u533a\u9577\u3067\u3059\u3002</p>")
                    .doesNotContain("\u68ee\u7530:");
        });
    }

    @Test
    void turnOpensWithFullWidthColon() {
        List<RenderedTurn> turns = turns(html("\u5bae\u5742\uff1a\u6700\u521d\u3001\u5c0f\u3055\u3044\u30c1\u30fc\u30e0\u3067\u3057\u305f\u3002"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("\u5bae\u5742");
            assertThat(turn.side()).isEqualTo(2);
            assertThat(turn.html()).contains("<p>\u6700\u521d\u3001").doesNotContain("\uff1a");
        });
    }

    @Test
    void fullNameIsAcceptedAsLabelAndTurnCarriesTheShortName() {
        List<RenderedTurn> turns = turns(html("\u68ee\u7530 \u6cf0\u5b50: \u306f\u3044\u3002"));

        assertThat(turns).singleElement().satisfies(turn -> {
            assertThat(turn.speaker()).isEqualTo("\u68ee\u7530");
            assertThat(turn.html()).contains("<p>\u306f\u3044\u3002</p>").contains("\u7df4\u99ac\u533aCIO");
        });
    }

    @Test
    void turnContinuesOverFollowingParagraphsUntilTheNextTurn() {
        String html = html("\u68ee\u7530: \u4e00\u3064\u76ee\u3002\n\n\u4e8c\u3064\u76ee\u3002\n\n- \u9805\u76ee\n\n"
                + "\u5bae\u5742: \u4e09\u3064\u76ee\u3002\n");

        List<RenderedTurn> turns = turns(html);
        assertThat(turns).extracting(RenderedTurn::speaker).containsExactly("\u68ee\u7530", "\u5bae\u5742");
        assertThat(turns.get(0).html()).contains("\u4e00\u3064\u76ee", "\u4e8c\u3064\u76ee", "<li>\u9805\u76ee</li>");
        assertThat(turns.get(1).html()).contains("\u4e09\u3064\u76ee").doesNotContain("\u4e8c\u3064\u76ee");
    }

    @Test
    void softWrappedLineStaysInTheTurn() {
        List<RenderedTurn> turns = turns(html("\u68ee\u7530: \u4e00\u884c\u76ee\u3067\n\u4e8c\u884c\u76ee\u3002"));

        assertThat(turns).singleElement().satisfies(turn ->
                assertThat(turn.html()).contains("<p>\u4e00\u884c\u76ee\u3067\u4e8c\u884c\u76ee\u3002</p>"));
    }

    @Test
    void twoTurnLinesInOneParagraphAreTwoTurns() {
        List<RenderedTurn> turns = turns(html("\u68ee\u7530: \u3053\u3093\u306b\u3061\u306f\u3002\n\u5bae\u5742\uff1a\u3069\u3046\u3082\u3002"));

        assertThat(turns).extracting(RenderedTurn::speaker).containsExactly("\u68ee\u7530", "\u5bae\u5742");
        assertThat(turns.get(0).html()).contains("\u3053\u3093\u306b\u3061\u306f").doesNotContain("\u3069\u3046\u3082");
        assertThat(turns.get(1).html()).contains("<p>\u3069\u3046\u3082\u3002</p>");
    }

    @Test
    void questionEndsTheTurnAndIsSetApart() {
        String html = html("\u68ee\u7530: \u7b54\u3048\u3002\n\n\u2015\u6b21\u306e\u8cea\u554f\u3067\u3059\n\n\u7d9a\u304d\u306e\u6bb5\u843d\u3002");

        assertThat(turns(html)).singleElement().satisfies(turn ->
                assertThat(turn.html()).doesNotContain("\u2015").doesNotContain("\u7d9a\u304d"));
        assertThat(html).contains("<div class=\"question\">\n<p>\u2015\u6b21\u306e\u8cea\u554f\u3067\u3059</p>\n</div>");
    }

    @Test
    void noteIsSetApartAndDoesNotEndTheTurn() {
        String html = html("\u68ee\u7530: \u7b54\u3048\u3002\n\n\u203b\u6ce8\u3067\u3059\u3002\n\n\u7d9a\u304d\u3002");

        assertThat(turns(html)).singleElement().satisfies(turn -> assertThat(turn.html())
                .contains("<div class=\"note\">\n<p>\u203b\u6ce8\u3067\u3059\u3002</p>\n</div>")
                .contains("\u7d9a\u304d\u3002"));
    }

    @Test
    void headingAndThematicBreakEndTheTurn() {
        String html = html("\u68ee\u7530: \u4e00\u3002\n\n## \u898b\u51fa\u3057\n\n\u5730\u306e\u6587\u3002\n\n"
                + "\u5bae\u5742: \u4e8c\u3002\n\n---\n\n\u7d50\u3073\u3002");

        List<RenderedTurn> turns = turns(html);
        assertThat(turns).hasSize(2);
        assertThat(turns).allSatisfy(turn -> assertThat(turn.html())
                .doesNotContain("\u5730\u306e\u6587").doesNotContain("\u7d50\u3073").doesNotContain("<h2"));
        assertThat(html).contains("<p>\u5730\u306e\u6587\u3002</p>", "<p>\u7d50\u3073\u3002</p>");
    }

    @Test
    void labelThatNamesNoParticipantIsAnOrdinaryParagraph() {
        String html = html("\u53f8\u4f1a: \u59cb\u3081\u307e\u3059\u3002\n\n\u68ee\u7530\u3055\u3093: \u306f\u3044\u3002");

        assertThat(turns(html)).isEmpty();
        assertThat(html).contains("<p>\u53f8\u4f1a: \u59cb\u3081\u307e\u3059\u3002</p>")
                .doesNotContain("data-speaker");
    }

    @Test
    void labelInsideAQuoteOrAListOrMidLineOpensNoTurn() {
        String html = html("> \u68ee\u7530: \u5f15\u7528\u3002\n\n- \u5bae\u5742: \u9805\u76ee\n\n"
                + "\u6587\u4e2d\u306e \u68ee\u7530: \u306f\u8a71\u3057\u307e\u3057\u305f\u3002");

        assertThat(html).doesNotContain("data-speaker");
    }

    @Test
    void onlyTurnsCarryDataSpeakerEvenWhenMarkdownTriesToAddIt() {
        String html = html("\u68ee\u7530: \u306f\u3044\u3002\n\n<p data-speaker=\"x\">raw</p>\n\n"
                + "\u6bb5\u843d {data-speaker=\"y\"}\n");

        assertThat(html.split("data-speaker=\"", -1)).hasSize(2);
        assertThat(turns(html)).singleElement().extracting(RenderedTurn::speaker).isEqualTo("\u68ee\u7530");
    }

    @Test
    void turnsAreNumberedInOrder() {
        String html = html("\u68ee\u7530: \u4e00\u3002\n\n\u5bae\u5742: \u4e8c\u3002\n\n\u68ee\u7530: \u4e09\u3002");

        assertThat(turns(html)).extracting(RenderedTurn::id).containsExactly("turn-1", "turn-2", "turn-3");
    }

    @Test
    void agendaKeepsItsCircledNumbersAndGroupsAndLinksItemsToTheirSections() {
        String html = html("\u8b70\u984c\n\u2460 \u4e00\u3064\u76ee\n\u2461 \u4e8c\u3064\u76ee\n\n\u2462 \u4e09\u3064\u76ee\n\n## \u4e00\u3064\u76ee");

        assertThat(html).contains("<section class=\"agenda\"><p class=\"agenda__caption\">\u8b70\u984c</p>")
                .contains("<ol class=\"agenda__group\"><li class=\"agenda__item\"><a href=\"#\u4e00\u3064\u76ee\">"
                        + "\u2460 \u4e00\u3064\u76ee</a></li>"
                        + "<li class=\"agenda__item agenda__item--elsewhere\">\u2461 \u4e8c\u3064\u76ee"
                        + DialogueExtension.ELSEWHERE_SLOT + "</li></ol>")
                .contains("<ol class=\"agenda__group\"><li class=\"agenda__item agenda__item--elsewhere\">"
                        + "\u2462 \u4e09\u3064\u76ee" + DialogueExtension.ELSEWHERE_SLOT + "</li></ol>");
        assertThat(renderer.render("\u2460 \u4e00\u3064\u76ee\n\u2461 \u4e8c\u3064\u76ee\n\n## \u4e00\u3064\u76ee", SPEAKERS)
                .agendaElsewhere()).containsExactly("\u4e8c\u3064\u76ee");
    }

    @Test
    void circledNumbersInsideTheDialogueStayAsWritten() {
        String html = html("## \u898b\u51fa\u3057\n\n\u68ee\u7530: \u7406\u7531\u306f\n\n\u2460 \u901f\u3055\n\u2461 \u5b89\u3055");

        assertThat(html).doesNotContain("agenda");
        assertThat(turns(html)).singleElement().satisfies(turn ->
                assertThat(turn.html()).contains("\u2460 \u901f\u3055"));
    }

    @Test
    void rosterLeadsIntoTheDialogueBeforeTheAgenda() {
        String html = html("\u5c0e\u5165\u3002\n\n\u2460 \u8b70\u984c\n\n\u68ee\u7530: \u306f\u3044\u3002");

        int lead = html.indexOf("\u5c0e\u5165");
        int roster = html.indexOf("<section class=\"roster\">");
        int agenda = html.indexOf("<section class=\"agenda\">");
        int turn = html.indexOf("<section class=\"turn");
        assertThat(lead).isLessThan(roster);
        assertThat(roster).isLessThan(agenda);
        assertThat(agenda).isLessThan(turn);
        assertThat(html).contains("<span class=\"roster__role\">\u7df4\u99ac\u533aCIO</span><span class=\"roster__sep\">:</span>"
                + "<span class=\"roster__name\">\u68ee\u7530 \u6cf0\u5b50</span>");
    }

    @Test
    void documentWithoutParticipantsHasNoRosterAndNoTurns() {
        String html = renderer.render("\u68ee\u7530: \u306f\u3044\u3002", List.of()).html();

        assertThat(html).doesNotContain("roster").doesNotContain("data-speaker");
    }
}

package jp.zadankai.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.zadankai.content.ContentProblem;

/** Each front matter message, on the file line an editor has to look at (the opening --- is line 1). */
class FrontMatterParserTests {
    private final FrontMatterParser parser = new FrontMatterParser();

    private record Parsed(FrontMatterParser.Split split, List<ContentProblem> problems) {
        /** The one problem, as {@code line: message}. */
        String only() {
            assertThat(problems).hasSize(1);
            return problems.get(0).line() + ": " + problems.get(0).message();
        }
    }

    /** Parses a file whose front matter is yaml, in articles/a.md. */
    private Parsed parse(String yaml) {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatterParser.Split split = parser.parse("articles/a.md", "---\n" + yaml + "---\n本文\n", problems);
        return new Parsed(split, problems);
    }

    @Test
    void missingFrontMatter() {
        List<ContentProblem> problems = new ArrayList<>();
        parser.parse("articles/a.md", "# 見出し\n", problems);

        assertThat(problems).singleElement().hasToString("articles/a.md:1: エラー：フロントマターがありません。"
                + "1行目を「---」にし、titleなどの項目を書いてから、「---」だけの行で閉じてください。");
    }

    @Test
    void unclosedFrontMatter() {
        List<ContentProblem> problems = new ArrayList<>();
        parser.parse("articles/a.md", "---\ntitle: x\n本文\n", problems);

        assertThat(problems).singleElement().hasToString("articles/a.md:1: エラー：フロントマターが閉じていません。"
                + "titleなどの項目の後に、「---」だけの行を書いてください。");
    }

    @Test
    void frontMatterThatIsNoMapping() {
        assertThat(parse("- title\n- x\n").only())
                .isEqualTo("2: フロントマターは「項目: 値」の形で、1行に1項目ずつ書いてください（例：「title: 座談会」）。");
    }

    @Test
    void emptyFrontMatterLacksOnlyItsTitle() {
        assertThat(parse("# コメントだけ\n").only())
                .isEqualTo("1: title（タイトル）がありません。「title: 座談会」のように書いてください。");
    }

    @Test
    void blankTitleIsReportedOnItsLine() {
        assertThat(parse("slug: a\ntitle: \" \"\n").only())
                .isEqualTo("3: title（タイトル）がありません。「title: 座談会」のように書いてください。");
    }

    @Test
    void tabIndentation() {
        assertThat(parse("title: x\nseries:\n\tname: s\n").only()).startsWith(
                "4: フロントマターのこの行を読み取れません。タブ文字は使えません。字下げや区切りには半角スペースを使ってください。（詳細：");
    }

    @Test
    void colonInsideAnUnquotedValue() {
        assertThat(parse("title: 座談会: 前編\nslug: a\n").only()).startsWith(
                "2: フロントマターのこの行を読み取れません。値に「: 」や「#」を含むときは、値全体を「\"」で囲んでください"
                        + "（例：「title: \"座談会: 第1回\"」）。（詳細：mapping values are not allowed here）");
    }

    @Test
    void fullWidthColonAfterAKey() {
        String fullWidthColon = "2: フロントマターのこの行を読み取れません。"
                + "項目名の後の「：」が全角です。半角の「:」と半角スペースにしてください（例：「title: 座談会」）。";
        assertThat(parse("title: x\ndate\uff1a 2022-08-22\nslug: a\n").only()).isEqualTo("3" + fullWidthColon.substring(1)
                + "（詳細：could not find expected ':'）");
        // On the first line the whole front matter reads as one text, not as a mapping.
        assertThat(parse("title\uff1a 座談会\n").only()).isEqualTo(fullWidthColon);
    }

    @Test
    void fullWidthSpaceIndentation() {
        String message = ": フロントマターのこの行を読み取れません。行頭に全角スペースがあります。字下げには半角スペースを使ってください。";
        // A key indented by it reads as a key of its own, whose value would be lost.
        assertThat(parse("title: x\n\u3000date: 2022-08-22\n").only()).isEqualTo("3" + message);
        assertThat(parse("title: x\ntags:\n\u3000- DX\n").only()).startsWith("4" + message + "（詳細：");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'"})
    void unclosedQuoteIsReportedWhereItOpens(String quote) {
        assertThat(parse("title: " + quote + "座談会\nslug: a\ndate: 2022-08-22\n").only()).startsWith(
                "2: フロントマターのこの行を読み取れません。「" + quote + "」で始めた値が閉じていません。値の終わりにも「" + quote
                        + "」を書いてください。（詳細：");
    }

    @Test
    void unclosedBracketIsReportedWhereItOpens() {
        assertThat(parse("title: x\ntags: [DX, 練馬区\ndate: 2022-08-22\n").only()).startsWith(
                "3: フロントマターのこの行を読み取れません。「[」が閉じていません。最後の値の後に「]」を書いてください。（詳細：");
    }

    @Test
    void keyIndentedTooFar() {
        assertThat(parse("title: x\n  slug: a\n").only()).startsWith(
                "3: フロントマターのこの行を読み取れません。字下げがずれています。同じ階層の項目は、行頭の半角スペースの数をそろえてください。（詳細：");
    }

    @Test
    void keyWithoutItsColon() {
        assertThat(parse("title: x\nslug:a\ndate: 2022-08-22\n").only()).startsWith(
                "3: フロントマターのこの行を読み取れません。項目名の後に「:」がありません。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@zadankai", "*編集部*", "`code`"})
    void valueStartingWithAMark(String value) {
        assertThat(parse("title: x\nauthor: " + value + "\n").only()).startsWith("3: フロントマターのこの行を読み取れません。"
                + "値を「@」「`」「*」「&」などの記号で始めるときは、値全体を「\"」で囲んでください。（詳細：");
    }

    @Test
    void valueThatReadsAsAnAlias() {
        assertThat(parse("title: x\nauthor: *編集部\n").only())
                .isEqualTo("3: 値を「*」で始めるときは、値全体を「\"」で囲んでください（「*編集部」はYAMLの別名として読まれます）。");
    }

    @Test
    void controlCharacter() {
        assertThat(parse("title: x\nauthor: 編集\u0007部\n").only()).startsWith(
                "3: フロントマターのこの行を読み取れません。見えない制御文字（U+0007）が入っています。その文字を消してください。（詳細：");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        assertThat(parse("title: x\ntags: " + "[".repeat(100_000) + "\n").only())
                .isEqualTo("3: フロントマターのこの行を読み取れません。「[」や「{」の入れ子が深すぎます。入れ子を浅くしてください。");
    }

    @Test
    void onlyTheSyntaxErrorIsReportedWhenThereIsOne() {
        assertThat(parse("title: x\ndraft: maybe\nslug: a: b\n").only()).startsWith("4: フロントマターのこの行を読み取れません。値に「: 」");
    }

    @Test
    void unknownKeysAreWarningsOnTheirLinesAndTheFrontMatterStillReads() {
        Parsed parsed = parse("title: x\nauthr: y\nseries:\n  name: s\n  part: 1\n  of: 2\n  total: 2\n");

        assertThat(parsed.split().frontMatter()).isNotNull();
        assertThat(parsed.problems()).noneMatch(ContentProblem::isError).extracting(ContentProblem::toString)
                .containsExactly("articles/a.md:3: 警告：「authr」は使えない項目のため、無視されます。綴りを確認してください（使える項目："
                                + "title, slug, date, updated, held, description, author, cover, tags, series, draft,"
                                + " participants）。",
                        "articles/a.md:8: 警告：「total」は使えない項目のため、無視されます。綴りを確認してください"
                                + "（使える項目：name, part, of）。");
    }

    @Test
    void keyWrittenTwice() {
        assertThat(parse("title: x\nslug: a\ntitle: y\n").only())
                .isEqualTo("4: 「title」が2回書かれています（2行目にもあります）。1つにまとめてください。");
    }

    @Test
    void slugWithOtherCharacters() {
        assertThat(parse("title: x\nslug: Bad_Slug\n").only())
                .isEqualTo("3: slug「Bad_Slug」は使えません。slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです"
                        + "（例：「slug: roundtable-1」）。");
    }

    @Test
    void fileNameThatIsNoSlug() {
        List<ContentProblem> problems = new ArrayList<>();
        parser.parse("articles/座談会.md", "---\ntitle: x\n---\n", problems);

        assertThat(problems).singleElement().hasToString("articles/座談会.md:1: エラー：ファイル名「座談会」はslug（記事のURL）に使えません。"
                + "slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです。フロントマターに「slug: roundtable-1」のように書いてください。");
    }

    @Test
    void textFieldGivenAList() {
        assertThat(parse("title: x\nauthor:\n  - 森田\n").only())
                .isEqualTo("3: authorは文字で書いてください（リストや「項目: 値」の形は書けません）。");
    }

    @Test
    void dateInAnotherShape() {
        assertThat(parse("title: x\ndate: 22/08/2022\n").only())
                .isEqualTo("3: date「22/08/2022」を日付として読み取れません。「2022-08-22」のように、年-月-日の形で書いてください。");
        assertThat(parse("title: x\nupdated: 20220822\n").only())
                .isEqualTo("3: updated「20220822」を日付として読み取れません。「2022-08-22」のように、年-月-日の形で書いてください。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2025-13-01", "2023-02-29", "\"2024-04-31\""})
    void impossibleDateIsAnErrorNotRolledOver(String date) {
        assertThat(parse("title: x\ndate: " + date + "\n").only())
                .isEqualTo("3: date「" + date.replace("\"", "") + "」という日はありません。月と日を確認してください。");
    }

    @Test
    void datesQuotedOrNotAndLeapDays() {
        FrontMatter meta = parse("title: x\ndate: 2024-02-29\nupdated: \"2024-03-01\"\n").split().frontMatter();

        assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(meta.updated()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void emptyDateIsNoDate() {
        Parsed parsed = parse("title: x\ndate:\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.split().frontMatter().date()).isNull();
    }

    @Test
    void yesNoAndNumbersStayTheTextWritten() {
        FrontMatter meta = parse("title: no\nauthor: 2024\ntags: [yes, 0123, 1.10]\n").split().frontMatter();

        assertThat(meta.title()).isEqualTo("no");
        assertThat(meta.author()).isEqualTo("2024");
        assertThat(meta.tags()).containsExactly("yes", "0123", "1.10");
    }

    @Test
    void tagsWithAnEmptyOrNestedItem() {
        String message = "tagsは文字のリストで書いてください（例：「tags: [DX, 練馬区]」）。";
        assertThat(parse("title: x\ntags:\n  - DX\n  -\n").only()).isEqualTo("5: " + message);
        assertThat(parse("title: x\ntags: [DX, [CIO]]\n").only()).isEqualTo("3: " + message);
    }

    @Test
    void singleTagAndRepeatedTags() {
        assertThat(parse("title: x\ntags: DX\n").split().frontMatter().tags()).containsExactly("DX");
        assertThat(parse("title: x\ntags: [DX, DX, CIO]\n").split().frontMatter().tags()).containsExactly("DX", "CIO");
    }

    @Test
    void seriesThatIsNoMapping() {
        assertThat(parse("title: x\nseries: 座談会\n").only())
                .isEqualTo("3: seriesの書き方に誤りがあります。「series: {name: 座談会, part: 1, of: 2}」のように書いてください"
                        + "（partは第何回か、ofは全何回か。partはof以下にします）。");
    }

    @Test
    void seriesPartBeyondItsLength() {
        assertThat(parse("title: x\nseries:\n  name: s\n  part: 3\n  of: 2\n").only())
                .isEqualTo("5: seriesのpart（3）がof（2）を超えています。partは第何回か、ofは全何回かです。partはof以下にしてください。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "99999999999", "2147483647", "0", "1.5", "二"})
    void seriesLengthIsBounded(String of) {
        assertThat(parse("title: x\nseries: {name: s, part: 1, of: " + of + "}\n").only())
                .isEqualTo("3: seriesのofは、1から100までの整数で書いてください。");
    }

    @Test
    void draftThatIsNoFlag() {
        for (String draft : List.of("maybe", "yes", "1")) {
            assertThat(parse("title: x\ndraft: " + draft + "\n").only())
                    .isEqualTo("3: draftは、true（下書き）かfalseで書いてください。");
        }
    }

    @Test
    void participantsThatAreNoList() {
        assertThat(parse("title: x\nparticipants: 森田\n").only()).isEqualTo("3: participantsは、name（氏名）、"
                + "short（本文での呼び名）、role（役職）、group（所属）を書いた人のリストにしてください。");
    }

    @Test
    void participantWithoutAName() {
        assertThat(parse("title: x\nparticipants:\n  - name: 森田 泰子\n  - short: 宮坂\n").only())
                .isEqualTo("5: participantsの2人目にname（氏名）がありません。「name: 森田 泰子」のように書いてください。");
    }

    @Test
    void everyWrongValueIsReportedInOnePassByLine() {
        Parsed parsed = parse("title: x\ndraft: maybe\nslug: Bad\ndate: 2024-02-30\n");

        assertThat(parsed.split().frontMatter()).isNull();
        assertThat(parsed.problems()).extracting(ContentProblem::line).containsExactly(3, 4, 5);
    }

    @Test
    void fieldLinesAreTheKeysLines() {
        assertThat(parse("title: x\n\nparticipants:\n  - name: 森田\n").split().fieldLines())
                .containsEntry("title", 2).containsEntry("participants", 4);
    }
}

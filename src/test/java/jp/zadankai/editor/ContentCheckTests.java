package jp.zadankai.editor;

import static jp.zadankai.TestContent.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.site.SiteBuild;
import jp.zadankai.site.SiteTestSupport;

/** Each error and warning of the content check, on the line an editor needs to look at. */
class ContentCheckTests {
    private static final String PARTICIPANTS = "participants:\n  - name: 森田 泰子\n";

    private static SiteBuild check(ContentFile... files) {
        return SiteTestSupport.builder(false).build(SiteTestSupport.source(files), SiteBuild.NONE);
    }

    private static ContentFile article(String body) {
        return file("articles/a.md", "---\ntitle: t\n" + PARTICIPANTS + "---\n森田: はい。\n\n" + body);
    }

    /** The only problem reported: the article file, the line, error or warning, a phrase of the message. */
    private static void assertOnly(SiteBuild content, int line, boolean error, String phrase) {
        assertThat(content.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("articles/a.md");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.isError()).isEqualTo(error);
            assertThat(problem.message()).contains(phrase);
        });
    }

    @Test
    void cleanArticleHasNoProblems() {
        assertThat(check(article("続き。\n")).problems()).isEmpty();
    }

    @Test
    void headingWithoutSpaceIsAWarning() {
        assertOnly(check(article("#見出し\n")), 8, false, "#");
    }

    @Test
    void headingWithFullWidthSpaceIsAWarning() {
        assertOnly(check(article("##\u3000見出し\n")), 8, false, "#");
    }

    @Test
    void fullWidthMarkdownMarksAtLineStartAreWarnings() {
        for (String mark : List.of("＃", "＊", "｜")) {
            assertOnly(check(article(mark + " 項目\n")), 8, false, mark);
        }
    }

    @Test
    void participantWhoNeverSpeaksIsAWarningOnTheRoster() {
        SiteBuild content = check(file("articles/a.md", "---\ntitle: t\n" + PARTICIPANTS
                + "  - name: 宮坂 学\n---\n森田: はい。\n"));

        assertOnly(content, 3, false, "宮坂");
    }

    @Test
    void labelThatNamesNoParticipantIsAWarning() {
        assertOnly(check(article("司会\uff1a始めます。\n")), 8, false, "司会");
    }

    /** The long vowel mark ー (U+30FC) and the full-width minus － (U+FF0D) look like the question's dash. */
    @Test
    void aParagraphOpenedByALookAlikeOfTheQuestionsDashIsAWarning() {
        for (String mark : List.of("\u30fc", "\uff0d")) {
            assertOnly(check(article(mark + "質問のつもりです\n")), 8, false,
                    "段落の先頭の「" + mark + "」は質問の印になりません。質問にするには、全角のダッシュ「\u2015」にしてください。");
        }
        assertThat(check(article("\u2014質問です\n\n\u2015質問です\n")).problems()).isEmpty();
    }

    @Test
    void urlsAndNotesAreNotMistakenForLabels() {
        assertThat(check(article("https://example.com を参照。\n\n※CIO:責任者\n"))
                .problems()).isEmpty();
    }

    @Test
    void imageWithoutAltTextIsAWarning() {
        SiteBuild content = check(article("![](/media/p.jpg)\n"),
                new ContentFile("media/p.jpg", new byte[] {1}));

        assertOnly(content, 8, false, "/media/p.jpg");
    }

    @Test
    void captionThatLooksLikeAFileNameIsAWarning() {
        for (String caption : List.of("IMG_1234", "座談会_04", "photo.JPG")) {
            SiteBuild content = check(article("![" + caption + "](/media/p.jpg)\n"),
                    new ContentFile("media/p.jpg", new byte[] {1}));
            assertOnly(content, 8, false, caption);
        }
    }

    @Test
    void unmatchedStrongMarkerIsAWarning() {
        assertOnly(check(article("**閉じない強調。\n")), 8, false, "**");
    }

    @Test
    void linkToAMissingMediaFileIsAnError() {
        assertOnly(check(article("[資料](/media/missing.pdf)\n")), 8, true, "/media/missing.pdf");
    }

    @Test
    void linkToAnUnknownArticleIsAnError() {
        assertOnly(check(article("続き。\n\n[後編](/articles/part-2#turn-1)\n")), 10, true,
                "part-2");
    }

    @Test
    void linksToExistingArticlesAndMediaAreFine() {
        SiteBuild content = check(article("[画像](/media/p.jpg) [記事](/articles/b)\n"),
                new ContentFile("media/p.jpg", new byte[] {1}), file("articles/b.md", "---\ntitle: b\n---\n"));

        assertThat(content.problems()).isEmpty();
    }

    @Test
    void problemsAreSortedByFileAndLine() {
        SiteBuild content = check(file("articles/b.md", "---\ntitle: b\n---\n**x\n\n#y\n"),
                file("articles/a.md", "---\ntitle: a\n---\n#z\n"));

        assertThat(content.problems()).extracting(ContentProblem::toString)
                .extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("articles/a.md:4", "articles/b.md:4", "articles/b.md:6");
    }

    @Test
    void anImageOrLinkWrittenRelativeIsAnErrorThatSaysHowToWriteIt() {
        for (String link : List.of("![写真](media/p.jpg)", "[記事](b)", "[画像](./media/p.jpg)")) {
            SiteBuild build = check(article(link + "\n"), new ContentFile("media/p.jpg", new byte[] {1}),
                    file("articles/b.md", "---\ntitle: b\n---\n"));
            assertOnly(build, 8, true, "/media/写真.jpg");
        }
    }

    @Test
    void aLinkToADraftIsAnErrorInAPublishedArticleOnly() {
        ContentFile draft = file("articles/b.md", "---\ntitle: b\ndraft: true\n---\n");

        assertOnly(check(article("[続き](/articles/b)\n"), draft), 8, true, "下書き");
        assertThat(check(file("articles/c.md", "---\ntitle: c\ndraft: true\n---\n[続き](/articles/b)\n"), draft)
                .problems()).isEmpty();
    }

    @Test
    void underscoresAroundJapaneseAreAWarningThatNamesTheAsterisk() {
        assertOnly(check(article("これは_強調_のつもりです。\n")), 8, false, "**強調**");
        assertThat(check(article("snake_case_name と file_name.md\n")).problems()).isEmpty();
    }

    @Test
    void aParticipantSilentInOnePartOfASeriesIsNormal() {
        SiteBuild build = check(file("articles/a.md", "---\ntitle: t\nseries: {name: s, part: 1, of: 2}\n"
                + "participants:\n  - name: 森田 泰子\n  - name: 宮坂 学\n---\n森田: はい。\n"));

        assertThat(build.problems()).isEmpty();
    }
}

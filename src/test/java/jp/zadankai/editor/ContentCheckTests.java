package jp.zadankai.editor;

import static jp.zadankai.TestContent.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.site.SiteContent;
import jp.zadankai.site.SiteTestSupport;

/** Each error and warning of the content check, on the line an editor needs to look at. */
class ContentCheckTests {
    private static final String PARTICIPANTS = "participants:\n  - name: \u68ee\u7530 \u6cf0\u5b50\n";

    private static SiteContent check(ContentFile... files) {
        return SiteTestSupport.builder(false).load(SiteTestSupport.source(files));
    }

    private static ContentFile article(String body) {
        return file("articles/a.md", "---\ntitle: t\n" + PARTICIPANTS + "---\n\u68ee\u7530: \u306f\u3044\u3002\n\n" + body);
    }

    /** The only problem reported: the article file, the line, error or warning, a phrase of the message. */
    private static void assertOnly(SiteContent content, int line, boolean error, String phrase) {
        assertThat(content.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("articles/a.md");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.isError()).isEqualTo(error);
            assertThat(problem.message()).contains(phrase);
        });
    }

    @Test
    void cleanArticleHasNoProblems() {
        assertThat(check(article("\u7d9a\u304d\u3002\n")).problems()).isEmpty();
    }

    @Test
    void headingWithoutSpaceIsAWarning() {
        assertOnly(check(article("#\u898b\u51fa\u3057\n")), 8, false, "#");
    }

    @Test
    void headingWithFullWidthSpaceIsAWarning() {
        assertOnly(check(article("##\u3000\u898b\u51fa\u3057\n")), 8, false, "#");
    }

    @Test
    void fullWidthMarkdownMarksAtLineStartAreWarnings() {
        for (String mark : List.of("\uff03", "\uff0a", "\uff5c")) {
            assertOnly(check(article(mark + " \u9805\u76ee\n")), 8, false, mark);
        }
    }

    @Test
    void participantWhoNeverSpeaksIsAWarningOnTheRoster() {
        SiteContent content = check(file("articles/a.md", "---\ntitle: t\n" + PARTICIPANTS
                + "  - name: \u5bae\u5742 \u5b66\n---\n\u68ee\u7530: \u306f\u3044\u3002\n"));

        assertOnly(content, 3, false, "\u5bae\u5742");
    }

    @Test
    void labelThatNamesNoParticipantIsAWarning() {
        assertOnly(check(article("\u53f8\u4f1a\uff1a\u59cb\u3081\u307e\u3059\u3002\n")), 8, false, "\u53f8\u4f1a");
    }

    @Test
    void urlsAndNotesAreNotMistakenForLabels() {
        assertThat(check(article("https://example.com \u3092\u53c2\u7167\u3002\n\n\u203bCIO:\u8cac\u4efb\u8005\n"))
                .problems()).isEmpty();
    }

    @Test
    void imageWithoutAltTextIsAWarning() {
        SiteContent content = check(article("![](/media/p.jpg)\n"),
                new ContentFile("media/p.jpg", new byte[] {1}));

        assertOnly(content, 8, false, "/media/p.jpg");
    }

    @Test
    void captionThatLooksLikeAFileNameIsAWarning() {
        for (String caption : List.of("IMG_1234", "\u5ea7\u8ac7\u4f1a_04", "photo.JPG")) {
            SiteContent content = check(article("![" + caption + "](/media/p.jpg)\n"),
                    new ContentFile("media/p.jpg", new byte[] {1}));
            assertOnly(content, 8, false, caption);
        }
    }

    @Test
    void unmatchedStrongMarkerIsAWarning() {
        assertOnly(check(article("**\u9589\u3058\u306a\u3044\u5f37\u8abf\u3002\n")), 8, false, "**");
    }

    @Test
    void linkToAMissingMediaFileIsAnError() {
        assertOnly(check(article("[\u8cc7\u6599](/media/missing.pdf)\n")), 8, true, "/media/missing.pdf");
    }

    @Test
    void linkToAnUnknownArticleIsAnError() {
        assertOnly(check(article("\u7d9a\u304d\u3002\n\n[\u5f8c\u7de8](/articles/part-2#turn-1)\n")), 10, true,
                "part-2");
    }

    @Test
    void linksToExistingArticlesAndMediaAreFine() {
        SiteContent content = check(article("[\u753b\u50cf](/media/p.jpg) [\u8a18\u4e8b](/articles/b)\n"),
                new ContentFile("media/p.jpg", new byte[] {1}), file("articles/b.md", "---\ntitle: b\n---\n"));

        assertThat(content.problems()).isEmpty();
    }

    @Test
    void problemsAreSortedByFileAndLine() {
        SiteContent content = check(file("articles/b.md", "---\ntitle: b\n---\n**x\n\n#y\n"),
                file("articles/a.md", "---\ntitle: a\n---\n#z\n"));

        assertThat(content.problems()).extracting(ContentProblem::toString)
                .extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("articles/a.md:4", "articles/b.md:4", "articles/b.md:6");
    }
}

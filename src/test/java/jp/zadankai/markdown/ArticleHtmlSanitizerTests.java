package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.junit.jupiter.api.Test;

class ArticleHtmlSanitizerTests {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ArticleHtmlSanitizer sanitizer = new ArticleHtmlSanitizer();

    private String html(String markdown) {
        return renderer.render(markdown, List.of()).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
            "[x]: javascript:alert(1)\n\n[link][x]",
    })
    void dangerousLinkUrlsNeverReachThePage(String markdown) {
        String html = html(markdown).toLowerCase();

        assertThat(html).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:")
                .doesNotContain("href=\"java").doesNotContain("src=\"data");
    }

    @Test
    void linkWhoseColonFollowsNoSchemeIsKeptAsTheRelativePathCommonMarkMakesOfIt() {
        // CommonMark example 500: href="foo):", the address of ./foo%29: (the sanitiser encodes parentheses)
        assertThat(html("[link](foo\\)\\:)")).isEqualTo("<p><a href=\"./foo%29:\">link</a></p>\n");
    }

    @Test
    void policyKeepsRubyRtAndRpAndNothingElseWithThem() {
        assertThat(sanitizer.sanitize("<ruby onclick=\"x()\" style=\"color:red\">漢<rb>字</rb><rp>(</rp>"
                + "<rt class=\"r\">かん</rt><rtc>じ</rtc><rp>)</rp></ruby>"))
                .isEqualTo("<ruby>漢字<rp>(</rp><rt class=\"r\">かん</rt>じ<rp>)</rp></ruby>");
    }

    @Test
    void orderedListKeepsAStartOfNineDigits() {
        assertThat(html("123456789. ok")).startsWith("<ol start=\"123456789\">");
        assertThat(html("100000. ok")).startsWith("<ol start=\"100000\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<iframe src=\"https://example.com\"></iframe>",
            "<svg onload=alert(1)>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "text <a href=\"javascript:alert(1)\">x</a>",
            "<form action=\"https://example.com\"><input></form>",
    })
    void rawHtmlIsShownAsTextAndNeverRuns(String markdown) {
        String html = html(markdown);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("<form").doesNotContain("<a ").doesNotContain(" style=");
        assertThat(html).contains("&lt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](https://example.com){onclick=alert(1)}",
            "段落 {onmouseover=alert(1)}",
            "## 見出し {onclick=\"alert(1)\" style=\"color:red\"}",
    })
    void attributesWrittenInBracesCannotAddHandlersOrStyles(String markdown) {
        String html = html(markdown).toLowerCase();

        assertThat(html).doesNotContain("onclick").doesNotContain("onmouseover").doesNotContain("style=");
    }

    static Stream<String> htmlVectors() throws IOException {
        return vectors("xss/html.txt");
    }

    static Stream<String> urlVectors() throws IOException {
        return vectors("xss/urls.txt");
    }

    private static Stream<String> vectors(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank());
    }

    /** The filter-evasion corpus as raw HTML: a block of its own, inside a paragraph, inside a turn. */
    @ParameterizedTest
    @MethodSource("htmlVectors")
    void filterEvasionVectorsInRawHtmlNeverRun(String vector) {
        for (String markdown : List.of(vector, "文中 " + vector + " 続き",
                "> " + vector, "- " + vector, "## " + vector)) {
            SafeHtml.assertSafe(html(markdown));
        }
        SafeHtml.assertSafe(sanitizer.sanitize(vector));
    }

    /** The corpus of dangerous URLs in Markdown links, images, reference definitions and autolinks. */
    @ParameterizedTest
    @MethodSource("urlVectors")
    void filterEvasionVectorsInMarkdownUrlsNeverRun(String url) {
        for (String markdown : List.of("[x](" + url + ")", "![x](" + url + ")", "[x]: " + url + "\n\n[y][x]",
                "![x][r]\n\n[r]: " + url, "<" + url + ">", "[x](" + url + " \"t\")",
                "[x](https://example.com){href=\"" + url + "\"}", "![x](/a.png){src=\"" + url + "\"}")) {
            String html = html(markdown);
            SafeHtml.assertSafe(html);
            assertThat(html.toLowerCase()).doesNotContain("href=\"javascript").doesNotContain("src=\"javascript")
                    .doesNotContain("href=\"data").doesNotContain("src=\"data").doesNotContain("vbscript:\"");
        }
    }

    @Test
    void safeLinksAndImagesSurvive() {
        String html = html("[a](https://example.com/x?y=1) [b](/articles/x) [c](#turn-1) [d](mailto:a@example.com)"
                + " ![写真](/media/a.jpg)");

        assertThat(html).contains("href=\"https://example.com/x?y&#61;1\"", "href=\"/articles/x\"",
                "href=\"#turn-1\"", "href=\"mailto:a&#64;example.com\"", "src=\"/media/a.jpg\"",
                "alt=\"写真\"");
    }

    @Test
    void policyDropsHandlersAndScriptsFromHtmlItIsGiven() {
        String html = sanitizer.sanitize("<section class=\"turn\" data-speaker=\"b\"><div data-speaker=\"a\""
                + " onclick=\"x()\"><p id=\"p\">t</p><script>alert(1)</script><a href=\"vbscript:x\">v</a></div>"
                + "</section>");

        assertThat(html).isEqualTo("<section class=\"turn\"><div data-speaker=\"a\"><p id=\"p\">t</p>v</div></section>");
    }
}

package jp.zadankai.markdown.cjk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.zadankai.markdown.MarkdownRenderer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The amendment's own fixtures (src/test/resources/markdown-cjk-friendly, MIT, commit in SOURCE_COMMIT) through the
 * real renderer, compared with the reference implementation's output where {@code <strong>} and {@code <em>} are.
 */
class CjkFriendlyEmphasisTests {
    private static final Pattern OTHER_TAG = Pattern.compile("<(?!/?(?:strong|em)>)[^>]*>");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    record Fixture(String id, String file, String markdown, String markdownIt, String markdownItCjkFriendly) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Fixture> fixtures() throws IOException {
        try (InputStream json = CjkFriendlyEmphasisTests.class
                .getResourceAsStream("/markdown-cjk-friendly/reference-outputs.json")) {
            return JsonMapper.builder().build().readValue(json, new TypeReference<List<Fixture>>() {
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void emphasisIsWhereTheReferenceImplementationPutsIt(Fixture fixture) {
        String ours = RENDERER.render(fixture.markdown(), List.of()).html();

        assertThat(emphasis(ours)).as(fixture.markdown()).isEqualTo(emphasis(fixture.markdownItCjkFriendly()));
    }

    @Test
    void everyFixtureFileWithReferenceOutputsIsRead() throws IOException {
        assertThat(fixtures()).hasSize(112).extracting(Fixture::file).containsOnly("strong.md", "korean.md",
                "non-bmp.md", "pseudo-emoji.md", "underscore-cjk-punct.md");
    }

    static Stream<String> latinText() {
        return Stream.of("He said **«oui»**merci", "a**\"foo\"**bar", "foo*(bar)*baz", "a*\"foo\"*b", "a_b_c",
                "**foo.**bar");
    }

    /** Where neither neighbour is CJK, the amendment is CommonMark: the same runs stay literal. */
    @ParameterizedTest
    @MethodSource("latinText")
    void latinTextKeepsCommonMarksRules(String markdown) {
        String html = RENDERER.render(markdown, List.of()).html();

        assertThat(html).doesNotContain("<strong>").doesNotContain("<em>");
    }

    /** The text with only the emphasis tags left, character references resolved. */
    static String emphasis(String html) {
        String text = OTHER_TAG.matcher(html).replaceAll("");
        Matcher reference = NUMERIC_REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            int c = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(c)));
        }
        reference.appendTail(decoded);
        return decoded.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").strip();
    }
}

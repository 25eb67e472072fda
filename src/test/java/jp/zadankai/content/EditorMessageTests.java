package jp.zadankai.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every message an editor can get follows the JTF style guide's typography and is polite: full-width brackets and
 * colons inside Japanese, no space between Japanese and what stands beside it, 「。」 between sentences, each
 * sentence in です・ます. What a message quotes in 「」 (an example to type, the editor's own text) stays as written.
 */
class EditorMessageTests {
    /** Not sentences: a label, the summary lines, the command's usage, the frame a detail is added in. */
    private static final EnumSet<EditorMessage> NOT_SENTENCES = EnumSet.of(EditorMessage.BUNDLED_CONTENT,
            EditorMessage.CHECK_SUMMARY, EditorMessage.LOADED, EditorMessage.USAGE, EditorMessage.DETAIL);
    private static final Pattern QUOTED = Pattern.compile("「[^「」]*」");
    private static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。（）]";
    private static final Pattern POLITE_END = Pattern.compile("(ください|ます|ません|です|でした|ました)$");

    /** The message as a reader of its form sees it: quoted examples and values set aside, nested ones too. */
    private static String unquoted(EditorMessage message) {
        String text = message.template;
        for (String before = ""; !before.equals(text); ) {
            before = text;
            text = QUOTED.matcher(text).replaceAll("〈〉");
        }
        return text;
    }

    @Test
    void bracketsAndColonsInsideJapaneseAreFullWidth() {
        for (EditorMessage message : EnumSet.complementOf(EnumSet.of(EditorMessage.USAGE))) {
            assertThat(unquoted(message)).as(message.name()).doesNotContain("(", ")")
                    .doesNotContainPattern(JAPANESE + ":");
        }
    }

    @Test
    void noSpaceBetweenJapaneseAndWhatStandsBesideIt() {
        for (EditorMessage message : EnumSet.complementOf(EnumSet.of(EditorMessage.USAGE))) {
            assertThat(unquoted(message)).as(message.name())
                    .doesNotContainPattern(JAPANESE + " ").doesNotContainPattern(" " + JAPANESE)
                    .doesNotContainPattern("[〈〉] ").doesNotContainPattern(" [〈〉]");
        }
    }

    @Test
    void everySentenceEndsWithAFullStopAndIsPolite() {
        for (EditorMessage message : EnumSet.complementOf(NOT_SENTENCES)) {
            String text = unquoted(message).replaceAll("（[^（）]*）", "").replaceAll("（[^（）]*）", "");
            // A message that ends in another message (the syntax error's hint) ends where that one does.
            assertThat(message.template).as(message.name()).matches(".*(。|%s)$");
            for (String sentence : text.split("。")) {
                if (!sentence.isBlank() && !sentence.equals("%s")) {
                    assertThat(sentence).as(message.name()).containsPattern(POLITE_END);
                }
            }
        }
    }

    /** Pinned by code point: a tool that turned them into ASCII would change every message, unseen. */
    @Test
    void theDetailsBracketsAndTheLabelsColonAreFullWidthByCodePoint() {
        assertThat(EditorMessage.DETAIL.text("直してください。", "x"))
                .isEqualTo("直してください。\uFF08詳細\uFF1Ax\uFF09");
        assertThat(ContentProblem.error("a.md", 1, "x").toString()).isEqualTo("a.md:1: エラー\uFF1Ax");
        assertThat(ContentProblem.warning("a.md", 1, "x").toString()).isEqualTo("a.md:1: 警告\uFF1Ax");
    }

    @Test
    void sizesAndDurationsAreWrittenAsTheSettingsWriteThem() {
        assertThat(EditorMessage.size(1_048_576)).isEqualTo("1MB");
        assertThat(EditorMessage.size(1_200_019)).isEqualTo("1.2MB");
        assertThat(EditorMessage.size(1_048_577)).as("just over 1MB never reads as 1MB").isEqualTo("1.1MB");
        assertThat(EditorMessage.size(300L << 20)).isEqualTo("300MB");
        assertThat(EditorMessage.size(2_000)).isEqualTo("2KB");
        assertThat(EditorMessage.seconds(Duration.ofSeconds(3))).isEqualTo("3秒");
        assertThat(EditorMessage.seconds(Duration.ofMillis(500))).isEqualTo("0.5秒");
        assertThat(EditorMessage.FILE_TOO_LARGE.text(EditorMessage.size(1_200_019), EditorMessage.size(1 << 20)))
                .isEqualTo("ファイルが大きすぎます（1.2MB。上限は1MB）。記事なら複数回に分け、画像なら縮小してください。");
    }
}

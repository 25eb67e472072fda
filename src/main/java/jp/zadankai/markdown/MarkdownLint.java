package jp.zadankai.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.markdown.dialogue.Question;

/**
 * Warnings for the slips an editor typing Japanese makes: what was meant as a heading, a list or a table but stays a
 * paragraph, a {@code 名前:} that names nobody, a question opened by a look-alike of its dash, images without a usable description, an unclosed {@code **}.
 */
final class MarkdownLint {
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("^#{1,6}(?:[^#\\s]|\\x{3000})");
    private static final Pattern LABEL = Pattern.compile("^([^\\s:：、。「」()（）]{1,12})[:：](?!//)");
    /** {@code _…_} left as text: the underscores that did not become emphasis, around Japanese. */
    private static final Pattern UNDERSCORE_PAIR = Pattern.compile("_[^_\\s][^_\\n]*?_");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(^(img|dsc|dscn|pxl|screenshot|image)[_ -]?\\d+)|(_\\d+$)|(\\.(jpe?g|png|gif|webp|heic|svg)$)");
    private static final String FULL_WIDTH_MARKS = "＃＊｜"; // ＃ ＊ ｜
    /** Typed for the question's dash, and not one: the long vowel mark ー and the full-width minus －. */
    private static final String LOOK_ALIKE_DASHES = "ー－";

    private final Document document;
    private final Set<String> labels;
    private final List<MarkdownFinding> findings = new ArrayList<>();

    private MarkdownLint(Document document, Set<String> labels) {
        this.document = document;
        this.labels = labels;
    }

    /** @param labels every participant's short and full name */
    static List<MarkdownFinding> check(Document document, Set<String> labels) {
        MarkdownLint lint = new MarkdownLint(document, labels);
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                lint.checkLines(paragraph);
            } else if (node instanceof Text text && !(text.getParent() instanceof Code)) {
                lint.checkEmphasis(text);
            } else if (node instanceof Image image) {
                lint.checkImage(image);
            }
        }
        return List.copyOf(lint.findings);
    }

    private void checkLines(Paragraph paragraph) {
        boolean inProse = paragraph.getAncestorOfType(BlockQuote.class, ListItem.class) == null;
        BasedSequence chars = paragraph.getChars();
        int start = 0;
        for (int end = 0; end <= chars.length(); end++) {
            if (end < chars.length() && chars.charAt(end) != '\n') {
                continue;
            }
            BasedSequence line = chars.subSequence(start, end);
            start = end + 1;
            String text = line.trim().toString();
            int number = lineOf(line);
            if (HEADING_WITHOUT_SPACE.matcher(text).find()) {
                add(number, EditorMessage.HEADING_WITHOUT_SPACE.text(text));
            } else if (!text.isEmpty() && FULL_WIDTH_MARKS.indexOf(text.charAt(0)) >= 0) {
                char mark = text.charAt(0);
                add(number, EditorMessage.FULL_WIDTH_MARK.text(mark, (char) (mark - 0xFEE0)));
            } else if (inProse && line.getStartOffset() == chars.getStartOffset() && !text.isEmpty()
                    && LOOK_ALIKE_DASHES.indexOf(text.charAt(0)) >= 0) {
                add(number, EditorMessage.QUESTION_DASH.text(text.charAt(0)));
            } else if (inProse && !text.startsWith("※") && (text.isEmpty() || !Question.opensWith(text.charAt(0)))) {
                Matcher label = LABEL.matcher(text);
                if (label.find() && !labels.contains(label.group(1))) {
                    add(number, EditorMessage.UNKNOWN_SPEAKER.text(label.group(1), label.group(1)));
                }
            }
        }
    }

    private void checkEmphasis(Text text) {
        if (text.getChars().indexOf("**") >= 0) {
            add(lineOf(text.getChars()), EditorMessage.UNCLOSED_EMPHASIS.text());
        }
        Matcher underscores = UNDERSCORE_PAIR.matcher(text.getChars());
        while (underscores.find()) {
            if (underscores.group().codePoints().anyMatch(MarkdownLint::isJapanese)) {
                add(lineOf(text.getChars()), EditorMessage.UNDERSCORE_EMPHASIS.text(underscores.group()));
            }
        }
    }

    private static boolean isJapanese(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private void checkImage(Image image) {
        String alt = image.getText().toString().strip();
        String title = image.getTitle().toString().strip();
        int line = lineOf(image.getChars());
        if (alt.isEmpty()) {
            add(line, EditorMessage.IMAGE_WITHOUT_ALT.text(image.getUrl()));
        }
        for (String caption : List.of(alt, title)) {
            if (!caption.isEmpty() && FILE_NAME.matcher(caption).find()) {
                add(line, EditorMessage.IMAGE_ALT_IS_FILE_NAME.text(caption));
            }
        }
    }

    private int lineOf(BasedSequence chars) {
        return document.getLineNumber(chars.getStartOffset()) + 1;
    }

    private void add(int line, String message) {
        findings.add(new MarkdownFinding(line, message));
    }
}

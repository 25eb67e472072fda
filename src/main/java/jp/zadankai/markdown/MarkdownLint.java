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

/**
 * Warnings for the slips an editor typing Japanese makes: what was meant as a heading, a list or a table but stays a
 * paragraph, a {@code 名前:} that names nobody, images without a usable description, an unclosed {@code **}.
 */
final class MarkdownLint {
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("^#{1,6}(?:[^#\\s]|\u3000)");
    private static final Pattern LABEL = Pattern.compile("^([^\\s:\uff1a\u3001\u3002\u300c\u300d()\uff08\uff09]{1,12})[:\uff1a](?!//)");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(^(img|dsc|dscn|pxl|screenshot|image)[_ -]?\\d+)|(_\\d+$)|(\\.(jpe?g|png|gif|webp|heic|svg)$)");
    private static final String FULL_WIDTH_MARKS = "\uff03\uff0a\uff5c"; // ＃ ＊ ｜

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
                add(number, "\u898b\u51fa\u3057\u306b\u3059\u308b\u306b\u306f # \u306e\u5f8c\u306b\u534a\u89d2\u306e"
                        + "\u7a7a\u767d\u3092\u5165\u308c\u3066\u304f\u3060\u3055\u3044: " + text);
            } else if (!text.isEmpty() && FULL_WIDTH_MARKS.indexOf(text.charAt(0)) >= 0) {
                char mark = text.charAt(0);
                add(number, "\u5168\u89d2\u306e " + mark + " \u306f Markdown \u306e\u8a18\u53f7\u306b\u306a\u308a"
                        + "\u307e\u305b\u3093: \u534a\u89d2\u306e " + (char) (mark - 0xFEE0)
                        + " \u3092\u4f7f\u3063\u3066\u304f\u3060\u3055\u3044");
            } else if (inProse && !text.startsWith("\u203b") && !text.startsWith("\u2015")) {
                Matcher label = LABEL.matcher(text);
                if (label.find() && !labels.contains(label.group(1))) {
                    add(number, "\u300c" + label.group(1) + "\u300d \u306f\u53c2\u52a0\u8005\u306b\u3044\u306a\u3044"
                            + "\u540d\u524d\u3067\u3059: \u767a\u8a00\u306b\u3059\u308b\u306b\u306f participants "
                            + "\u306b\u52a0\u3048\u308b\u304b\u3001short \u3092\u5408\u308f\u305b\u3066\u304f\u3060\u3055\u3044");
                }
            }
        }
    }

    private void checkEmphasis(Text text) {
        if (text.getChars().indexOf("**") >= 0) {
            add(lineOf(text.getChars()), "\u9589\u3058\u3066\u3044\u306a\u3044 ** \u304c\u3042\u308a\u307e\u3059"
                    + " (\u5f37\u8abf\u306f **\u3053\u306e\u3088\u3046\u306b** \u56f2\u307f\u307e\u3059)");
        }
    }

    private void checkImage(Image image) {
        String alt = image.getText().toString().strip();
        String title = image.getTitle().toString().strip();
        int line = lineOf(image.getChars());
        if (alt.isEmpty()) {
            add(line, "\u753b\u50cf\u306b\u4ee3\u66ff\u30c6\u30ad\u30b9\u30c8\u304c\u3042\u308a\u307e\u305b\u3093"
                    + ": ![\u5199\u771f\u306e\u8aac\u660e](" + image.getUrl() + ") \u306e\u3088\u3046\u306b\u66f8\u3044\u3066\u304f\u3060\u3055\u3044");
        }
        for (String caption : List.of(alt, title)) {
            if (!caption.isEmpty() && FILE_NAME.matcher(caption).find()) {
                add(line, "\u753b\u50cf\u306e\u8aac\u660e\u300c" + caption + "\u300d\u304c\u30d5\u30a1\u30a4\u30eb"
                        + "\u540d\u306e\u3088\u3046\u3067\u3059: \u8aad\u8005\u306b\u5199\u771f\u306e\u5185\u5bb9\u3092"
                        + "\u4f1d\u3048\u308b\u8a00\u8449\u306b\u3057\u3066\u304f\u3060\u3055\u3044");
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

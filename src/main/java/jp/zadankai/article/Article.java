package jp.zadankai.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.zadankai.markdown.RenderedMarkdown;
import jp.zadankai.markdown.TocHeading;

/**
 * An article as readers get it: its front matter and its body, rendered and sanitised once at load.
 *
 * @param path        content-relative source file, for messages
 * @param bodyLine    the file's line where the body starts, to turn body lines into file lines
 * @param slugLine    the line of {@code slug:}, or 1 when the slug comes from the file's name
 * @param lastModified the source file's modification time
 * @param description the front matter's, or an excerpt of the lead
 * @param length      characters of text, not counting whitespace (Japanese reading time is counted in characters)
 */
public record Article(String path, int bodyLine, int slugLine, Instant lastModified, FrontMatter meta, RenderedMarkdown body,
                      String description, int length) {
    private static final int EXCERPT_LENGTH = 120;

    static Article of(String path, int bodyLine, int slugLine, Instant lastModified, FrontMatter meta,
                      RenderedMarkdown body) {
        String description = meta.description() != null && !meta.description().isBlank()
                ? meta.description().strip() : excerpt(body.text());
        int length = (int) body.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return new Article(path, bodyLine, slugLine, lastModified, meta, body, description, length);
    }

    public String slug() {
        return meta.slug();
    }

    public String title() {
        return meta.title();
    }

    public LocalDate date() {
        return meta.date();
    }

    /** The line in the source file of a 1-based line of the body. */
    public int fileLine(int bodyLineNumber) {
        return bodyLine - 1 + bodyLineNumber;
    }

    public List<TocHeading> headings() {
        return body.headings();
    }

    /** Minutes to read, at about 500 characters a minute (how Japanese reading time is counted), at least 1. */
    public int readingMinutes() {
        return Math.max(1, Math.round(length / 500f));
    }

    /** 2022年8月22日, as Japanese readers write dates. */
    public static String japaneseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The first paragraph of the text, cut at a sentence end or at {@value #EXCERPT_LENGTH} characters. */
    static String excerpt(String text) {
        String lead = text.strip().lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        if (lead.codePointCount(0, lead.length()) <= EXCERPT_LENGTH) {
            return lead;
        }
        int cut = lead.offsetByCodePoints(0, EXCERPT_LENGTH);
        int sentenceEnd = lead.lastIndexOf('。', cut - 1);
        return sentenceEnd > EXCERPT_LENGTH / 2 ? lead.substring(0, sentenceEnd + 1) : lead.substring(0, cut) + "…";
    }
}

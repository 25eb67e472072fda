package jp.zadankai.markdown;

/** A heading of a rendered article, as a table of contents needs it. */
public record TocHeading(int level, String id, String text) {
}

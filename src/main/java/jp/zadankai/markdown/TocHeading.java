package jp.zadankai.markdown;

/**
 * A heading of a rendered article, as a table of contents needs it.
 *
 * @param number the circled number (①) of the agenda item this heading's section discusses, or null
 */
public record TocHeading(int level, String id, String text, String number) {
}

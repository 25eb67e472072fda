package jp.zadankai.article;

import java.time.LocalDate;
import java.util.List;

import jp.zadankai.markdown.dialogue.Speaker;

/**
 * An article's metadata, from the YAML between the {@code ---} lines. Optional fields are null or empty.
 *
 * @param date         publication date; null when the source gives none (never invented)
 * @param held         the day the roundtable took place, when the source gives it
 * @param cover        a path under {@code content/}, e.g. {@code media/cover.jpg}
 * @param participants the roster, in the order written
 */
public record FrontMatter(String title, String slug, LocalDate date, LocalDate updated, LocalDate held,
                          String description,
                          String author, String cover, List<String> tags, Series series, boolean draft,
                          List<Speaker> participants) {
}

package jp.zadankai.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list of articles (the index, a tag): a list page holds at most {@value #PER_PAGE} cards, so that
 * its size does not grow with the site (5,000 articles made a 2.2 MB index).
 *
 * @param previous the link to the page before, or null on the first
 * @param next     the link to the page after, or null on the last
 */
record Pager(int number, int count, String previous, String next) {
    static final int PER_PAGE = 20;

    /** The link to page {@code number} of a list whose first page is at {@code first}: {@code /}, {@code /page/2}. */
    static String path(String first, int number) {
        return number == 1 ? first : (first.endsWith("/") ? first : first + "/") + "page/" + number;
    }

    /** The list cut into pages of at most {@value #PER_PAGE}; an empty list is one empty page. */
    static <T> List<List<T>> pages(List<T> items) {
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PER_PAGE) {
            pages.add(items.subList(from, Math.min(items.size(), from + PER_PAGE)));
        }
        return pages.isEmpty() ? List.of(List.of()) : pages;
    }

    static Pager of(String first, int number, int count) {
        return new Pager(number, count, number > 1 ? path(first, number - 1) : null,
                number < count ? path(first, number + 1) : null);
    }
}

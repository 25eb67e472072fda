package jp.zadankai.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids the page around an article uses (its templates, and the dialogue's turn permalinks): an id an editor
 * writes ({@code {#main}}) or a heading's text gives ("Turn 1") may not be one of them, or the page would have
 * two elements with one id and the skip link or a permalink would lead to the article's copy.
 */
final class LayoutIds {
    private static final Set<String> TEMPLATES = Set.of("main", "toc-title", "series-title", "share-title",
            "follow-all");
    /** A turn's permalink, and the follow-one-speaker view's choice of a speaker. */
    private static final Pattern NUMBERED = Pattern.compile("(turn|follow)-\\d+");

    private LayoutIds() {
    }

    static boolean isReserved(String id) {
        return TEMPLATES.contains(id) || NUMBERED.matcher(id).matches();
    }
}

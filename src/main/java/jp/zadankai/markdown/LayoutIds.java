package jp.zadankai.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids the page around an article uses (its templates, and the dialogue's turn permalinks): an id an editor
 * writes ({@code {#main}}) or a heading's text gives ("Turn 1") may not be one of them, or the page would have
 * two elements with one id and the skip link or a permalink would lead to the article's copy.
 */
final class LayoutIds {
    private static final Set<String> TEMPLATES = Set.of("main", "toc-title", "series-title", "share-title");
    private static final Pattern TURN = Pattern.compile("turn-\\d+");

    private LayoutIds() {
    }

    static boolean isReserved(String id) {
        return TEMPLATES.contains(id) || TURN.matcher(id).matches();
    }
}

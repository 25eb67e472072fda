package jp.zadankai.article;

/**
 * Characters an article may not hold: control characters other than tab and line end, noncharacters U+FFFE and
 * U+FFFF, and halves of a surrogate pair. XML 1.0 (the feed, the sitemap) forbids most of them, HTML reports them as
 * parse errors, and none is visible to an editor.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The first such character's code point, or -1. */
    static int first(String text) {
        return text.codePoints()
                .filter(c -> (Character.isISOControl(c) && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF
                        || Character.isSurrogate((char) c) && c <= 0xFFFF)
                .findFirst().orElse(-1);
    }
}

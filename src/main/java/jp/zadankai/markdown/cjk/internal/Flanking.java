package jp.zadankai.markdown.cjk.internal;

import java.util.Arrays;

/**
 * Whether a delimiter run can open and close emphasis, by the amendment: CommonMark's rules, except that a
 * {@code *} run next to a CJK character (on either side) is both left- and right-flanking unless it touches
 * whitespace, and that a variation selector after a character stands for that character. The logic is that of the
 * reference implementation (markdown-it-cjk-friendly's {@code scanDelims}), whose outputs the tests compare with.
 */
record Flanking(boolean canOpen, boolean canClose) {
    /**
     * The amendment's CJK characters (East Asian Width W, F or H and not emoji, or Hangul), Unicode 17: start and end
     * of each range, from ranges.md of tats-u/markdown-cjk-friendly at 7fdf490.
     */
    private static final int[] CJK = {
            0x1100, 0x11ff, 0x20a9, 0x20a9, 0x2329, 0x232a, 0x2630, 0x2637, 0x268a, 0x268f, 0x2e80, 0x2e99, 0x2e9b,
            0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x303e, 0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e,
            0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247, 0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00,
            0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66,
            0xfe68, 0xfe6b, 0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0,
            0xffe6, 0xffe8, 0xffee, 0x16fe0, 0x16fe4, 0x16ff0, 0x16ff6, 0x17000, 0x18cd5, 0x18cff, 0x18d1e, 0x18d80,
            0x18df2, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150,
            0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f200,
            0x1f200, 0x1f202, 0x1f202, 0x1f210, 0x1f219, 0x1f21b, 0x1f22e, 0x1f230, 0x1f231, 0x1f237, 0x1f237, 0x1f23b,
            0x1f23b, 0x1f240, 0x1f248, 0x1f260, 0x1f265, 0x20000, 0x3fffd,
    };

    static Flanking of(CharSequence input, int start, boolean asterisk) {
        char marker = input.charAt(start);
        int end = start;
        while (end < input.length() && input.charAt(end) == marker) {
            end++;
        }
        int last = start == 0 ? ' ' : Character.codePointBefore(input, start);
        int lastMain = last;
        int twoBack = -1;
        if (isGeneralUseVariationSelector(last)) {
            int at = start - Character.charCount(last);
            twoBack = at == 0 ? ' ' : Character.codePointBefore(input, at);
            if (Character.getType(twoBack) != Character.SPACE_SEPARATOR) {
                lastMain = twoBack;
            }
        }
        int next = end == input.length() ? ' ' : Character.codePointAt(input, end);
        boolean lastSpace = isWhitespace(lastMain);
        boolean nextSpace = isWhitespace(next);
        if (lastSpace || nextSpace) {
            return new Flanking(!nextSpace, !lastSpace);
        }
        boolean lastPunctuation = isPunctuation(lastMain);
        boolean nextPunctuation = isPunctuation(next);
        boolean left = lastPunctuation;
        boolean right = nextPunctuation;
        if (asterisk) {
            boolean eitherCjk = isCjk(next) || (twoBack >= 0 ? isCjkBefore(twoBack, last) : isCjkBefore(last));
            left |= eitherCjk || !nextPunctuation;
            right |= eitherCjk || !lastPunctuation;
        }
        return new Flanking(left, right);
    }

    /** CommonMark's Unicode whitespace: Zs, tab, line feed, form feed, carriage return (and VT, as markdown-it). */
    static boolean isWhitespace(int c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** CommonMark 0.31.2's Unicode punctuation: general category P or S. */
    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isCjk(int c) {
        int at = Arrays.binarySearch(CJK, c);
        // Found: a range's start or end. Not found: inside a range when the insertion point is after a start.
        return at >= 0 || (-at - 1) % 2 == 1;
    }

    /** Before a run, an ideographic variation selector counts as the CJK character it follows. */
    private static boolean isCjkBefore(int c) {
        return isCjk(c) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** A CJK character followed by a variation selector, or a quotation mark in its full-width form (U+FE01). */
    private static boolean isCjkBefore(int base, int selector) {
        return isCjk(base) || selector == 0xFE01 && (base == 0x2018 || base == 0x2019 || base == 0x201C
                || base == 0x201D);
    }

    private static boolean isGeneralUseVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0E;
    }
}

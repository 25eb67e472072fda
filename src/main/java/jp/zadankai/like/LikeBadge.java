package jp.zadankai.like;

/**
 * The image inside the button: a heart, filled once this reader gave a スキ, and the count. It shows both without
 * any script; the page around it stays the same bytes for everyone.
 */
public final class LikeBadge {
    private static final String HEART = "M12 21s-7.5-4.6-9.6-9.2C.9 8.5 2.8 4.5 6.6 4.5c2.2 0 3.8 1.3 5.4 3.2"
            + " 1.6-1.9 3.2-3.2 5.4-3.2 3.8 0 5.7 4 4.2 7.3C19.5 16.4 12 21 12 21z";

    private LikeBadge() {
    }

    public static String svg(LikeState state) {
        String text = state.available() ? Long.toString(state.count()) : "休止中";
        String fill = state.liked() ? "#d13e5c" : "none";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"24\" viewBox=\"0 0 80 24\">"
                + "<path d=\"" + HEART + "\" fill=\"" + fill + "\" stroke=\"#d13e5c\" stroke-width=\"1.8\"/>"
                + "<text x=\"30\" y=\"17\" font-family=\"sans-serif\" font-size=\"15\" fill=\"#777\">" + text
                + "</text></svg>";
    }
}

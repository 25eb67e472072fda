package jp.zadankai.like;

/**
 * What the button shows: the article's count, and whether this reader is among it.
 *
 * @param available false while the database cannot answer: the button says so instead of a count
 */
public record LikeState(long count, boolean liked, boolean available) {
    public static final LikeState UNAVAILABLE = new LikeState(0, false, false);

    static LikeState of(long count, boolean liked) {
        return new LikeState(count, liked, true);
    }
}

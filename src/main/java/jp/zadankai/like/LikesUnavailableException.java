package jp.zadankai.like;

/** The database did not answer in time, or at all: the reader is told, the page itself is not affected. */
public class LikesUnavailableException extends RuntimeException {
    LikesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

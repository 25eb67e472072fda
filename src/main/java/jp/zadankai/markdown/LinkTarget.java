package jp.zadankai.markdown;

/** A link or image URL written in a body, with its 1-based line, for checking that it leads somewhere. */
public record LinkTarget(String url, int line) {
}

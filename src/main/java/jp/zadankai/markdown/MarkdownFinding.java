package jp.zadankai.markdown;

/** A warning about the Markdown of a body, at a 1-based line of the body. */
public record MarkdownFinding(int line, String message) {
}

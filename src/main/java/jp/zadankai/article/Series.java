package jp.zadankai.article;

/** {@code series: {name, part, of}}: part {@code part} of {@code of} in the series {@code name}. */
public record Series(String name, int part, int of) {
}

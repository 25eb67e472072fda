package jp.zadankai.content;

/** One file of a content folder, read whole. {@code path} is relative, with forward slashes. */
public record ContentFile(String path, byte[] bytes) {
}

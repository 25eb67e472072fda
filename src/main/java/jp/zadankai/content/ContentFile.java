package jp.zadankai.content;

import java.time.Instant;

/**
 * One file of a content folder, read whole. {@code path} is relative, with forward slashes; {@code lastModified}
 * is the file's own time, the only honest "updated" for an article that gives no date.
 */
public record ContentFile(String path, byte[] bytes, Instant lastModified) {

    public ContentFile(String path, byte[] bytes) {
        this(path, bytes, Instant.EPOCH);
    }
}

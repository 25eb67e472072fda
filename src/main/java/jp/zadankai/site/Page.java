package jp.zadankai.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A response computed once when content loads: the bytes, a gzip copy where it pays, and a strong ETag for each.
 *
 * @param gzip     null where compressing would not make it smaller (images)
 * @param gzipEtag the gzip copy's own validator (RFC 9110 8.8.3: a strong ETag differs between representations);
 *                 null with the copy
 */
public record Page(String contentType, byte[] body, byte[] gzip, String etag, String gzipEtag, String cacheControl) {
    /** Pages change with content: caches check back soon and may serve a stale copy while they do. */
    public static final String PAGE_CACHE = "public, max-age=60, stale-while-revalidate=600";
    /** A fingerprinted asset never changes under its name. */
    public static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

    public static Page of(String contentType, byte[] body, String cacheControl) {
        byte[] compressed = isCompressible(contentType) ? gzip(body) : null;
        byte[] gzip = compressed != null && compressed.length < body.length ? compressed : null;
        String digest = digest(body);
        return new Page(contentType, body, gzip, "\"" + digest + "\"", gzip == null ? null : "\"" + digest + "-gz\"",
                cacheControl);
    }

    private static boolean isCompressible(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json")
                || contentType.contains("javascript") || contentType.startsWith("image/svg");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package jp.zadankai.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A response computed once when content loads, with a strong ETag for each representation (RFC 9110 8.8.3: a strong
 * ETag differs between representations).
 * <p>
 * A page that compresses is kept as its gzip bytes only, and inflated for the rare client that does not take gzip
 * (every browser does), as nginx's gunzip module serves files stored compressed: keeping both copies made a site of
 * 5,000 articles need a 128 MB heap, where the gzip alone fits 64 MB. Inflating repeats no rendering; the bytes are
 * the ones computed when content loaded.
 */
public final class Page {
    /** Pages change with content: caches check back soon and may serve a stale copy while they do. */
    public static final String PAGE_CACHE = "public, max-age=60, stale-while-revalidate=600";
    /** A fingerprinted asset never changes under its name. */
    public static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

    private final String contentType;
    /** The gzip copy where there is one, else the body itself. */
    private final byte[] stored;
    private final boolean gzipped;
    private final int length;
    private final String etag;
    private final String gzipEtag;
    private final String cacheControl;

    private Page(String contentType, byte[] stored, boolean gzipped, int length, String etag, String gzipEtag,
                 String cacheControl) {
        this.contentType = contentType;
        this.stored = stored;
        this.gzipped = gzipped;
        this.length = length;
        this.etag = etag;
        this.gzipEtag = gzipEtag;
        this.cacheControl = cacheControl;
    }

    public static Page of(String contentType, byte[] body, String cacheControl) {
        byte[] compressed = isCompressible(contentType) ? gzip(body) : null;
        boolean gzipped = compressed != null && compressed.length < body.length;
        String digest = digest(body);
        return new Page(contentType, gzipped ? compressed : body, gzipped, body.length, "\"" + digest + "\"",
                gzipped ? "\"" + digest + "-gz\"" : null, cacheControl);
    }

    public String contentType() {
        return contentType;
    }

    /** The body as it was made (inflated from the gzip copy where one is kept): for export and for tests. */
    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        try {
            writeBody(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The body's length in bytes, without inflating it. */
    public int length() {
        return length;
    }

    public void writeBody(OutputStream out) throws IOException {
        if (!gzipped) {
            out.write(stored);
            return;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored), 8192)) {
            in.transferTo(out);
        }
    }

    /** The gzip copy, or null where compressing would not make it smaller (images). */
    public byte[] gzip() {
        return gzipped ? stored : null;
    }

    public String etag() {
        return etag;
    }

    /** The gzip copy's own validator; null with the copy. */
    public String gzipEtag() {
        return gzipEtag;
    }

    public String cacheControl() {
        return cacheControl;
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

package jp.zadankai.like;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The likes, in SQLite (a file under the data folder) or PostgreSQL: one row per article and reader, the reader
 * kept only as a SHA-256 of the random id in their cookie. The id carries 128 random bits, so the hash cannot be
 * turned back into a cookie by guessing, and a copy of the database lets no one take back or add a reader's スキ.
 * <p>
 * A slow or absent database must not hold the server's threads, which also serve the pages: at most
 * {@code concurrency} requests wait for it at once, each for at most {@code wait}; the others are told at once that
 * likes are unavailable. The schema is migrated on the first use that finds the database, so a server whose
 * database is down still starts and serves its pages.
 */
public class LikeStore {
    private static final String LOCATION = "classpath:db/likes";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Path folder;
    private final Semaphore permits;
    private final Duration wait;
    private volatile boolean migrated;

    /**
     * @param folder      created before the first connection (the embedded database's folder), or null
     * @param concurrency how many requests may use the database at once
     * @param wait        how long a request waits for its turn before it is told likes are unavailable
     */
    public LikeStore(JdbcClient jdbc, DataSource dataSource, Path folder, int concurrency, Duration wait) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.folder = folder;
        this.permits = new Semaphore(concurrency);
        this.wait = wait;
    }

    /** Brings the schema up to date; the server calls it as it starts, and a failure is tried again at first use. */
    public synchronized void migrate() {
        if (migrated) {
            return;
        }
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new LikesUnavailableException("cannot create " + folder, e);
        }
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
        migrated = true;
    }

    /** The count, and whether this reader likes the article; reader null for one who never pressed. */
    public LikeState state(String slug, String reader) {
        return call(() -> read(slug, reader));
    }

    /** Adds the reader's スキ: once, however often they send it. */
    public LikeState like(String slug, String reader) {
        return call(() -> {
            insert(slug, reader);
            return read(slug, reader);
        });
    }

    public LikeState unlike(String slug, String reader) {
        return call(() -> {
            delete(slug, reader);
            return read(slug, reader);
        });
    }

    /** The form without script does not know the state: a press adds the スキ, or takes back one already given. */
    public LikeState toggle(String slug, String reader) {
        return call(() -> {
            if (insert(slug, reader) == 0) {
                delete(slug, reader);
            }
            return read(slug, reader);
        });
    }

    /** Every article with at least one スキ, by slug. */
    public Map<String, Long> counts() {
        return call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql("SELECT slug, COUNT(*) FROM likes GROUP BY slug ORDER BY slug")
                    .query(row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    });
            return counts;
        });
    }

    private int insert(String slug, String reader) {
        return jdbc.sql("INSERT INTO likes (slug, reader, liked_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (slug, reader) DO NOTHING")
                .params(slug, hash(reader), Instant.now().getEpochSecond()).update();
    }

    private void delete(String slug, String reader) {
        jdbc.sql("DELETE FROM likes WHERE slug = ? AND reader = ?").params(slug, hash(reader)).update();
    }

    private LikeState read(String slug, String reader) {
        String hash = reader == null ? "" : hash(reader);
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN reader = ? THEN 1 ELSE 0 END), 0) "
                        + "FROM likes WHERE slug = ?")
                .params(hash, slug).query((row, n) -> LikeState.of(row.getLong(1), row.getLong(2) > 0)).single();
    }

    private <T> T call(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LikesUnavailableException("too many requests waiting for the database", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LikesUnavailableException("interrupted", e);
        }
        try {
            if (!migrated) {
                migrate();
            }
            return work.get();
        } catch (DataAccessException | FlywayException e) {
            throw new LikesUnavailableException("database: " + e.getMessage(), e);
        } finally {
            permits.release();
        }
    }

    static String hash(String reader) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(reader.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

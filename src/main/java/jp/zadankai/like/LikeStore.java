package jp.zadankai.like;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The likes, in SQLite (a file under the data folder) or PostgreSQL: one row per article and reader, the reader
 * kept only as a SHA-256 of the random id in their cookie, and each article's count beside them. The id carries 128
 * random bits, so the hash cannot be turned back into a cookie by guessing, and a copy of the database lets no one
 * take back or add a reader's スキ.
 * <p>
 * Every press is written by one thread, which commits the presses waiting at that moment in one transaction (group
 * commit): each commit is synced to disk, so an answered press survives a killed process and a power cut, and one
 * sync serves every press that arrived while the last one was written. SQLite then never sees two writers, whose
 * retries on its lock were the slowest presses (p99 over 100 ms at 450 presses/s, before).
 * <p>
 * A slow or absent database must not hold the server's threads, which also serve the pages: at most
 * {@code concurrency} requests wait for it at once, each for at most {@code wait} to get in; the others are told at
 * once that likes are unavailable. The schema is migrated on the first use that finds the database, so a server
 * whose database is down still starts and serves its pages.
 */
public class LikeStore implements AutoCloseable {
    private static final String LOCATION = "classpath:db/likes";
    /** Bounds one transaction: a batch larger than the waiting requests cannot form anyway. */
    private static final int MAX_BATCH = 64;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final Path folder;
    private final Semaphore permits;
    private final Duration wait;
    private final Duration answerWithin;
    private final BlockingQueue<Press> presses;
    private volatile boolean migrated;
    private Thread writer;
    private boolean closed;

    private record Press(Supplier<LikeState> write, CompletableFuture<LikeState> answer) {
    }

    /**
     * @param folder       created before the first connection (the embedded database's folder), or null
     * @param concurrency  how many requests may use the database at once
     * @param wait         how long a request waits for its turn before it is told likes are unavailable
     * @param answerWithin how long a press waits for its commit before it is told likes are unavailable
     */
    public LikeStore(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource, Path folder,
                     int concurrency, Duration wait, Duration answerWithin) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.folder = folder;
        this.permits = new Semaphore(concurrency);
        this.wait = wait;
        this.answerWithin = answerWithin;
        this.presses = new ArrayBlockingQueue<>(concurrency);
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
        String who = hash(reader);
        return call(() -> write(() -> LikeState.of(insert(slug, who) ? changeCount(slug, 1) : count(slug), true)));
    }

    public LikeState unlike(String slug, String reader) {
        String who = hash(reader);
        return call(() -> write(() -> LikeState.of(delete(slug, who) ? changeCount(slug, -1) : count(slug), false)));
    }

    /** The form without script does not know the state: a press adds the スキ, or takes back one already given. */
    public LikeState toggle(String slug, String reader) {
        String who = hash(reader);
        return call(() -> write(() -> insert(slug, who) ? LikeState.of(changeCount(slug, 1), true)
                : LikeState.of(delete(slug, who) ? changeCount(slug, -1) : count(slug), false)));
    }

    /** Every article with at least one スキ, by slug. */
    public Map<String, Long> counts() {
        return call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql("SELECT slug, likes FROM like_counts WHERE likes > 0 ORDER BY slug")
                    .query(row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    });
            return counts;
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (writer != null) {
            writer.interrupt();
        }
    }

    private boolean insert(String slug, String who) {
        return jdbc.sql("INSERT INTO likes (slug, reader, liked_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (slug, reader) DO NOTHING")
                .params(slug, who, Instant.now().getEpochSecond()).update() > 0;
    }

    private boolean delete(String slug, String who) {
        return jdbc.sql("DELETE FROM likes WHERE slug = ? AND reader = ?").params(slug, who).update() > 0;
    }

    /**
     * The new count, from the statement that changes it: a press runs two statements, its row and this, each a round
     * trip to PostgreSQL and compiled anew by SQLite.
     */
    private long changeCount(String slug, int by) {
        return jdbc.sql("INSERT INTO like_counts (slug, likes) VALUES (?, ?) "
                        + "ON CONFLICT (slug) DO UPDATE SET likes = like_counts.likes + excluded.likes RETURNING likes")
                .params(slug, by).query(Long.class).single();
    }

    private long count(String slug) {
        return jdbc.sql("SELECT likes FROM like_counts WHERE slug = ?").param(slug).query(Long.class).optional()
                .orElse(0L);
    }

    private LikeState read(String slug, String reader) {
        boolean liked = reader != null && jdbc.sql("SELECT COUNT(*) FROM likes WHERE slug = ? AND reader = ?")
                .params(slug, hash(reader)).query(Long.class).single() > 0;
        return LikeState.of(count(slug), liked);
    }

    /** Hands the press to the writer and waits for its commit; a press that gave up waiting is left out of it. */
    private LikeState write(Supplier<LikeState> change) {
        startWriter();
        Press press = new Press(change, new CompletableFuture<>());
        // The permits let no more requests in than the queue holds, but a press that gave up waiting leaves its
        // place taken until the writer reaches it: a full queue is a database in trouble, said as such.
        if (!presses.offer(press)) {
            throw new LikesUnavailableException("presses waiting for the database fill the queue", null);
        }
        try {
            press.answer().get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            press.answer().completeExceptionally(new LikesUnavailableException("interrupted", e));
        } catch (TimeoutException e) {
            // The reader is told the スキ was not kept, so the writer leaves the press out of any later batch; one
            // whose batch is being written as the wait ends is kept all the same, and pressing again is harmless.
            press.answer().completeExceptionally(new LikesUnavailableException("no commit within " + answerWithin,
                    e));
        } catch (ExecutionException e) {
            // Said below, as the outcome.
        }
        try {
            return press.answer().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new LikesUnavailableException("database: " + e.getCause(), e.getCause());
        }
    }

    /** Started at the first press; started again if an Error ended it, so that no press waits on a dead thread. */
    private synchronized void startWriter() {
        if (!closed && (writer == null || !writer.isAlive())) {
            writer = new Thread(this::writeBatches, "likes-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeBatches() {
        List<Press> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                batch.add(presses.take());
            } catch (InterruptedException e) {
                return;
            }
            presses.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
    }

    /** One transaction for the presses still waiting; if it fails, each is told so and none of them counts. */
    private void commit(List<Press> batch) {
        List<Press> waiting = batch.stream().filter(press -> !press.answer().isDone()).toList();
        List<LikeState> states;
        try {
            states = transactions.execute(status -> waiting.stream().map(press -> press.write().get()).toList());
        } catch (RuntimeException e) {
            waiting.forEach(press -> press.answer().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < waiting.size(); i++) {
            waiting.get(i).answer().complete(states.get(i));
        }
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
        } catch (DataAccessException | TransactionException | FlywayException e) {
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

package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;

/** The writer: every press waiting goes into the next commit, and a press that gave up waiting into none. */
class LikeStoreTests {
    @TempDir
    Path folder;

    /** A transaction template whose first transaction waits until it is let go, as on a database that stalls. */
    private static final class FirstCommitStalls extends TransactionTemplate {
        private final CountDownLatch letGo = new CountDownLatch(1);
        private final CountDownLatch stalled = new CountDownLatch(1);
        private final AtomicInteger transactions = new AtomicInteger();

        FirstCommitStalls(DataSourceTransactionManager manager) {
            super(manager);
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            if (transactions.getAndIncrement() == 0) {
                stalled.countDown();
                try {
                    letGo.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.execute(action);
        }
    }

    private LikeStore store(TransactionTemplate transactions, SQLiteDataSource dataSource, Duration answerWithin) {
        LikeStore store = new LikeStore(JdbcClient.create(dataSource), transactions, dataSource, folder, 16,
                Duration.ofSeconds(1), answerWithin);
        store.migrate();
        return store;
    }

    private SQLiteDataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("likes.db") + "?journal_mode=WAL&busy_timeout=5000");
        return dataSource;
    }

    @Test
    void aPressThatGaveUpWaitingForTheCommitIsNeverCounted() throws Exception {
        SQLiteDataSource dataSource = dataSource();
        FirstCommitStalls transactions = new FirstCommitStalls(new DataSourceTransactionManager(dataSource));
        LikeStore store = store(transactions, dataSource, Duration.ofMillis(300));

        // The first press's batch stalls once begun: it is kept, whatever its reader was told meanwhile.
        CompletableFuture.runAsync(() -> store.like("hello", "first"));
        assertThat(transactions.stalled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> store.like("hello", "gave-up")).isInstanceOf(LikesUnavailableException.class)
                .hasMessageContaining("no commit within");
        transactions.letGo.countDown();

        assertThat(store.like("hello", "next")).isEqualTo(LikeState.of(2, true));
        assertThat(store.state("hello", "gave-up")).isEqualTo(LikeState.of(2, false));
    }

    @Test
    void pressesQueuedDuringACommitAreWrittenTogetherInTheNext() throws Exception {
        SQLiteDataSource dataSource = dataSource();
        FirstCommitStalls transactions = new FirstCommitStalls(new DataSourceTransactionManager(dataSource));
        LikeStore store = store(transactions, dataSource, Duration.ofSeconds(10));

        CompletableFuture<LikeState> first = CompletableFuture.supplyAsync(() -> store.like("hello", "first"));
        assertThat(transactions.stalled.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<LikeState> second = CompletableFuture.supplyAsync(() -> store.like("hello", "second"));
        CompletableFuture<LikeState> third = CompletableFuture.supplyAsync(() -> store.like("hello", "third"));
        Thread.sleep(200);
        transactions.letGo.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).count()).isEqualTo(1);
        assertThat(second.get(5, TimeUnit.SECONDS).count()).isBetween(2L, 3L);
        assertThat(third.get(5, TimeUnit.SECONDS).count()).isBetween(2L, 3L);
        assertThat(transactions.transactions.get()).as("one transaction for the two queued meanwhile").isEqualTo(2);
        assertThat(store.counts()).containsEntry("hello", 3L);
    }
}

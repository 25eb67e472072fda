package jp.zadankai.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import jp.zadankai.content.ContentSource;
import jp.zadankai.content.EditorMessage;
import jp.zadankai.site.CurrentSite;

/**
 * Serving a content folder from disk, rebuilds the site when a file in it changes. It polls the folder's listing
 * (names, sizes, modification times) rather than relying on file-system events, which miss changes on some mounted
 * and container file systems; a scan of a thousand files takes milliseconds.
 */
public class ContentWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final ContentSource source;
    private final CurrentSite currentSite;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private List<String> lastListing;

    /** @param interval how often the folder is listed */
    public ContentWatcher(ContentSource source, CurrentSite currentSite, Duration interval) {
        this.source = source;
        this.currentSite = currentSite;
        this.interval = interval;
    }

    /** Starts after the first build, and stops with the context: a closed test context leaves no poller behind. */
    @Override
    public synchronized void start() {
        source.directory().ifPresent(directory -> {
            lastListing = listing(directory);
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "content-watcher");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(() -> poll(directory), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            log.info(EditorMessage.WATCHING.text(directory));
        });
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return currentSite.getPhase() + 1;
    }

    private void poll(Path directory) {
        try {
            List<String> listing = listing(directory);
            if (!listing.equals(lastListing)) {
                lastListing = listing;
                currentSite.reload();
            }
        } catch (OutOfMemoryError e) {
            // Not for the watcher to survive: the process's handler ends it (a scheduled task's error reaches no
            // handler by itself), and the supervisor starts a fresh one.
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        } catch (RuntimeException | Error e) {
            // A task that throws is never run again by the scheduler: the watcher would stop without a word.
            log.error(EditorMessage.RELOAD_FAILED.text(), e);
        }
    }

    /** Names, sizes and times of the files the site is built from: editors' swap and backup files do not count. */
    static List<String> listing(Path directory) {
        List<String> listing = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(path -> !ContentSource.isIgnored(directory.relativize(path).toString())).forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    // A folder's time changes with every file made in it, a swap file too: the files say enough.
                    if (!attributes.isDirectory()) {
                        listing.add(path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    listing.add(path + "|unreadable");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            listing.add("unreadable|" + e.getMessage());
        }
        return listing;
    }

}

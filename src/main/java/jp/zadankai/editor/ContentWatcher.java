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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import jp.zadankai.content.ContentSource;
import jp.zadankai.site.CurrentSite;
import jp.zadankai.system.ZadankaiProperties;

/**
 * Serving a content folder from disk, rebuilds the site when a file in it changes. It polls the folder's listing
 * (names, sizes, modification times) rather than relying on file-system events, which miss changes on some mounted
 * and container file systems; a scan of a thousand files takes milliseconds.
 */
@Component
@ConditionalOnWebApplication
class ContentWatcher implements InitializingBean, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final ContentSource source;
    private final CurrentSite currentSite;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "content-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private List<String> lastListing;

    ContentWatcher(ContentSource source, CurrentSite currentSite, ZadankaiProperties properties) {
        this.source = source;
        this.currentSite = currentSite;
        this.interval = properties.watchInterval();
    }

    @Override
    public void afterPropertiesSet() {
        source.directory().ifPresent(directory -> {
            lastListing = listing(directory);
            scheduler.scheduleWithFixedDelay(() -> poll(directory), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            log.info("Watching {} for changes", directory);
        });
    }

    private void poll(Path directory) {
        try {
            List<String> listing = listing(directory);
            if (!listing.equals(lastListing)) {
                lastListing = listing;
                currentSite.reload();
            }
        } catch (RuntimeException e) {
            log.error("Reloading content failed; still serving the last good version", e);
        }
    }

    static List<String> listing(Path directory) {
        List<String> listing = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    listing.add(path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    listing.add(path + "|unreadable");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            listing.add("unreadable|" + e.getMessage());
        }
        return listing;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

package jp.zadankai.site;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentSource;

/**
 * The snapshot being served. Readers only ever see one whole snapshot: a rebuild swaps a single reference, and a
 * build with errors leaves the last good one in place.
 * <p>
 * The first build runs when the application context starts, in a phase before the web server's: the port opens
 * with a snapshot to serve, and content with errors stops the start (the same lines as {@code check}).
 */
public class CurrentSite implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CurrentSite.class);

    private final SiteBuilder builder;
    private final ContentSource source;
    private final AtomicReference<SiteBuild> current = new AtomicReference<>(SiteBuild.NONE);
    private volatile boolean running;

    public CurrentSite(SiteBuilder builder, ContentSource source) {
        this.builder = builder;
        this.source = source;
    }

    /** The snapshot being served; null only before the first build. */
    public Site get() {
        return current.get().site();
    }

    /** The first build; a context resumed after a pause (as cached test contexts are) keeps what it serves. */
    @Override
    public void start() {
        if (get() == null) {
            SiteBuild build = reload();
            if (build.site() == null) {
                throw new ContentErrorsException(source.describe(),
                        build.errors().stream().map(problem -> problem.toString(source.displayPrefix())).toList());
            }
        }
        running = true;
    }

    /**
     * Builds a new snapshot from the content source and serves it, unless the build gave no site (content with
     * errors, outside preview). Only the content watcher and the start call this, one at a time.
     */
    public SiteBuild reload() {
        long start = System.nanoTime();
        SiteBuild previous = current.get();
        SiteBuild build = builder.build(source, previous);
        for (ContentProblem problem : build.problems()) {
            if (problem.isError()) {
                log.error(problem.toString(source.displayPrefix()));
            } else {
                log.warn(problem.toString(source.displayPrefix()));
            }
        }
        if (build.site() != null) {
            current.set(build);
            log.info(EditorMessage.LOADED.text(source.describe(), build.site().articles().size(),
                    build.site().pages().size(), EditorMessage.seconds(Duration.ofNanos(System.nanoTime() - start))));
        } else if (previous.site() != null) {
            log.error(EditorMessage.KEEPING_LAST_GOOD.text());
        }
        return build;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
    }
}

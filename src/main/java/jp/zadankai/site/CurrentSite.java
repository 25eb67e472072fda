package jp.zadankai.site;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentSource;

/**
 * The snapshot being served. Readers only ever see one whole snapshot: a rebuild swaps a single reference, and a
 * build with errors leaves the last good one in place.
 * <p>
 * The first build begins as soon as this holder exists, on a thread of its own, while Spring makes the rest of the
 * context (the web server, Spring MVC, the actuator); the context's start waits for it in a phase before the web
 * server's: the port opens with a snapshot to serve, and content with errors stops the start (the same lines as
 * {@code check}). Run one after the other, the two took the build's whole time onto the path to the first page.
 */
public class CurrentSite implements SmartLifecycle, InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(CurrentSite.class);

    private final SiteBuilder builder;
    private final ContentSource source;
    private final AtomicReference<SiteBuild> current = new AtomicReference<>(SiteBuild.NONE);
    private volatile boolean running;
    /** The first build while it runs, and when it began; taken by the first start, which serves it. */
    private CompletableFuture<SiteBuild> first;
    private long firstBegan;

    public CurrentSite(SiteBuilder builder, ContentSource source) {
        this.builder = builder;
        this.source = source;
    }

    /** The snapshot being served; null only before the first build. */
    public Site get() {
        return current.get().site();
    }

    /** Begins the first build; a daemon thread, so that a context that fails meanwhile is not kept alive by it. */
    @Override
    public void afterPropertiesSet() {
        firstBegan = System.nanoTime();
        first = CompletableFuture.supplyAsync(() -> builder.build(source, SiteBuild.NONE), task -> {
            Thread thread = new Thread(task, "first-build");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Serves the first build; a context resumed after a pause (as cached test contexts are) keeps what it serves. */
    @Override
    public void start() {
        if (first != null) {
            SiteBuild build;
            try {
                build = serve(SiteBuild.NONE, first.join(), firstBegan);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            } finally {
                first = null;
            }
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
        return serve(previous, builder.build(source, previous), start);
    }

    private SiteBuild serve(SiteBuild previous, SiteBuild build, long start) {
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

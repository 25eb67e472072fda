package jp.zadankai.site;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;

/**
 * The snapshot being served. Readers only ever see one whole snapshot: a rebuild swaps a single reference, and a
 * build with errors leaves the last good one in place.
 */
@Component
public class CurrentSite {
    private static final Logger log = LoggerFactory.getLogger(CurrentSite.class);

    private final SiteBuilder builder;
    private final ContentSource source;
    private final AtomicReference<Site> current = new AtomicReference<>();

    public CurrentSite(SiteBuilder builder, ContentSource source) {
        this.builder = builder;
        this.source = source;
        SiteBuild build = builder.build(source);
        if (build.hasErrors()) {
            throw new ContentErrorsException(source.describe(), build.errors());
        }
        report(build);
        current.set(build.site());
    }

    public Site get() {
        return current.get();
    }

    /** Builds a new snapshot from the content source and serves it, unless it has errors. */
    public SiteBuild reload() {
        SiteBuild build = builder.build(source);
        report(build);
        if (!build.hasErrors()) {
            current.set(build.site());
        }
        return build;
    }

    private void report(SiteBuild build) {
        for (ContentProblem problem : build.problems()) {
            if (problem.isError()) {
                log.error("{}", problem);
            } else {
                log.warn("{}", problem);
            }
        }
        if (build.site() != null) {
            log.info("Loaded {} articles, {} pages from {}", build.site().articles().size(),
                    build.site().pages().size(), source.describe());
        }
    }
}

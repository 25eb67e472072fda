package jp.zadankai.site;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;
import jp.zadankai.system.ZadankaiProperties;

/**
 * The snapshot being served. Readers only ever see one whole snapshot: a rebuild swaps a single reference, and a
 * build with errors leaves the last good one in place.
 */
@Component
@ConditionalOnWebApplication
public class CurrentSite {
    private static final Logger log = LoggerFactory.getLogger(CurrentSite.class);

    private final SiteBuilder builder;
    private final ContentSource source;
    private final boolean preview;
    private final AtomicReference<Site> current = new AtomicReference<>();

    public CurrentSite(SiteBuilder builder, ContentSource source, ZadankaiProperties properties) {
        this.builder = builder;
        this.source = source;
        this.preview = properties.preview();
        long start = System.nanoTime();
        SiteBuild build = builder.build(source);
        if (build.hasErrors()) {
            throw new ContentErrorsException(source.describe(),
                    build.errors().stream().map(problem -> source.displayPrefix() + problem).toList());
        }
        report(build, start);
        current.set(build.site());
    }

    public Site get() {
        return current.get();
    }

    /**
     * Builds a new snapshot from the content source and serves it. Content with errors never replaces a good
     * snapshot; in preview, the last good version of each failing article stays and every page shows the errors.
     */
    public SiteBuild reload() {
        long start = System.nanoTime();
        SiteContent content = builder.load(source);
        Site site = null;
        if (!content.hasErrors()) {
            site = builder.render(content, List.of());
        } else if (preview) {
            site = builder.render(content.withLastGood(current.get().articles()), content.errors());
        }
        SiteBuild build = new SiteBuild(content.hasErrors() ? null : site, content.problems());
        report(build, start);
        if (site != null) {
            current.set(site);
        } else {
            log.error("Content has errors; still serving the last good version");
        }
        return build;
    }

    private void report(SiteBuild build, long start) {
        for (ContentProblem problem : build.problems()) {
            if (problem.isError()) {
                log.error("{}{}", source.displayPrefix(), problem);
            } else {
                log.warn("{}{}", source.displayPrefix(), problem);
            }
        }
        if (build.site() != null) {
            log.info("Loaded {} articles, {} pages from {} in {} ms", build.site().articles().size(),
                    build.site().pages().size(), source.describe(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}

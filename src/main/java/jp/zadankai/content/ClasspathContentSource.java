package jp.zadankai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.util.UriUtils;

/**
 * The content bundled into the jar under {@code content/}. Its files carry the build's time, not the jar entry's:
 * a jar copied or unpacked elsewhere has other file times, and an article's "updated" in the feed would move with
 * them.
 */
public final class ClasspathContentSource implements ContentSource {
    private static final String ROOT = "classpath:content/";

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final Instant contentTime;
    private final ContentLimits limits;

    /** @param contentTime the time of every bundled file: the build's fixed output timestamp */
    public ClasspathContentSource(Instant contentTime, ContentLimits limits) {
        this.contentTime = contentTime;
        this.limits = limits;
    }

    @Override
    public List<ContentFile> files() throws IOException {
        String root = resolver.getResource(ROOT).getURL().toString();
        List<ContentFile> files = new ArrayList<>();
        List<ContentProblem> refused = new ArrayList<>();
        ContentLimits.Budget budget = limits.budget();
        for (Resource resource : resolver.getResources(ROOT + "**/*")) {
            String url = resource.getURL().toString();
            if (resource.isReadable() && !url.endsWith("/") && url.startsWith(root)) {
                String relative = UriUtils.decode(url.substring(root.length()), StandardCharsets.UTF_8);
                if (!ContentSource.isIgnored(relative) && budget.admits(relative, resource.contentLength(), refused)) {
                    try (var in = resource.getInputStream()) {
                        files.add(new ContentFile(relative, in.readAllBytes(), contentTime));
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new ContentRefusedException(refused);
        }
        files.sort(Comparator.comparing(ContentFile::path));
        return files;
    }

    @Override
    public Optional<Path> directory() {
        return Optional.empty();
    }

    @Override
    public String displayPrefix() {
        return "content/";
    }

    @Override
    public String describe() {
        return EditorMessage.BUNDLED_CONTENT.text();
    }
}

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

/** The content bundled into the jar under {@code content/}. */
public final class ClasspathContentSource implements ContentSource {
    private static final String ROOT = "classpath:content/";

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Override
    public List<ContentFile> files() throws IOException {
        String root = resolver.getResource(ROOT).getURL().toString();
        List<ContentFile> files = new ArrayList<>();
        for (Resource resource : resolver.getResources(ROOT + "**/*")) {
            String url = resource.getURL().toString();
            if (resource.isReadable() && !url.endsWith("/") && url.startsWith(root)) {
                String relative = UriUtils.decode(url.substring(root.length()), StandardCharsets.UTF_8);
                if (!ContentSource.isIgnored(relative)) {
                    try (var in = resource.getInputStream()) {
                        files.add(new ContentFile(relative, in.readAllBytes(), Instant.ofEpochMilli(resource.lastModified())));
                    }
                }
            }
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

package jp.zadankai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import jp.zadankai.content.ContentFile;
import jp.zadankai.article.ArticleLoader;
import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.site.SiteSettings;

/** Builders the unit tests share: settings, content files, a template engine like the application's. */
public final class TestContent {
    private TestContent() {
    }

    public static final SiteSettings SITE = new SiteSettings("zadankai", "site description",
            "https://zadankai.example", null);

    /** An article loader with the bounds the tests rely on: 64 KB per file, 3 s per render. */
    public static ArticleLoader articleLoader(MarkdownRenderer markdown) {
        return articleLoader(markdown, Duration.ofSeconds(3));
    }

    public static ArticleLoader articleLoader(MarkdownRenderer markdown, Duration renderTimeout) {
        return new ArticleLoader(markdown, 64 * 1024, renderTimeout);
    }

    /**
     * A content folder on disk for a whole-app test, made before the application starts.
     *
     * @param files content-relative paths and texts, alternating
     */
    public static Path folder(String... files) {
        try {
            Path folder = Files.createTempDirectory("zadankai-content");
            Files.createDirectories(folder.resolve("articles"));
            for (int i = 0; i < files.length; i += 2) {
                Files.writeString(folder.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a file the way editors' tools do: written aside, then moved into place whole. */
    public static void save(Path folder, String relative, String text) {
        try {
            Path temp = Files.createTempFile(folder, ".edit", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(relative), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of an editor's preview on a content folder, checked for changes five times a second. */
    public static void preview(DynamicPropertyRegistry registry, Path content) {
        registry.add("zadankai.content-dir", content::toString);
        registry.add("zadankai.preview", () -> "true");
        registry.add("zadankai.watch-interval", () -> "200ms");
    }

    public static ContentFile file(String path, String text) {
        return new ContentFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

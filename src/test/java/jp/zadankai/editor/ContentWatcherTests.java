package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentLimits;
import jp.zadankai.content.DirectoryContentSource;

/** Saving in an editor reloads the site once: its swap, lock and backup files are neither watched nor read. */
class ContentWatcherTests {
    private static final List<String> EDITORS_FILES = List.of(".a.md.swp", ".a.md.swo", ".a.md.swx", "4913",
            "a.md~", ".#a.md", "#a.md#", "a.md.tmp");

    @Test
    void swapAndBackupFilesChangeNeitherTheListingNorTheContent(@TempDir Path folder) throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), "---\ntitle: a\n---\n");
        List<String> before = ContentWatcher.listing(folder);

        for (String name : EDITORS_FILES) {
            Files.writeString(articles.resolve(name), "x");
        }

        assertThat(ContentWatcher.listing(folder)).isEqualTo(before);
        assertThat(new DirectoryContentSource(folder, new ContentLimits(1 << 20, 16 << 20)).files()).extracting(ContentFile::path)
                .containsExactly("articles/a.md");
    }

    @Test
    void aSavedArticleChangesTheListing(@TempDir Path folder) throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        List<String> before = ContentWatcher.listing(folder);

        Files.writeString(articles.resolve("b.md"), "---\ntitle: b\n---\n");

        assertThat(ContentWatcher.listing(folder)).isNotEqualTo(before);
    }
}

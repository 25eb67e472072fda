package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.zadankai.ZadankaiApplication;

class EditorCommandsTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new EditorCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(ZadankaiApplication.class, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path content(String name, String text) throws IOException {
        Path file = dir.resolve("content/articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return dir.resolve("content");
    }

    @Test
    void checkOfTheBundledContentPassesWithItsWarnings() {
        int status = run("check");

        assertThat(status).isZero();
        assertThat(out()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out().lines()).allMatch(line -> line.matches("content/articles/[a-z0-9-]+\\.md:\\d+: .+"));
    }

    @Test
    void checkPrintsEachErrorAsPathLineMessageAndExitsOne() throws IOException {
        Path content = content("a.md", "---\ntitle: a\nslug: A_1\n---\n#見出し\n");

        int status = run("check", "--zadankai.content-dir=" + content);

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out().lines()).containsExactly(
                content + "/articles/a.md:3: slug 「A_1」 には半角の小文字 a-z、"
                        + "数字 0-9、- だけが使えます (例 slug: roundtable-1)");
    }

    @Test
    void checkReportsMarkdownThatTakesTooLongToRender() throws IOException {
        Path content = content("brackets.md", "---\ntitle: a\n---\n" + "[a]".repeat(20_000) + "\n");
        content("ok.md", "---\ntitle: ok\n---\nok\n");

        int status = run("check", "--zadankai.content-dir=" + content, "--zadankai.render-timeout=100ms");

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).startsWith(content + "/articles/brackets.md: Markdown").doesNotContain("\tat ");
    }

    @Test
    void missingContentFolderIsAnErrorNotATrace() {
        int status = run("check", "--zadankai.content-dir=" + dir.resolve("nowhere"));

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out() + err).doesNotContain("\tat ");
    }

    @Test
    void exportWritesEveryPageAndTheirGzipCopies() throws IOException {
        Path out = dir.resolve("site");

        int status = run("export", out.toString());

        assertThat(status).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("index.html.gz")).exists();
        assertThat(out.resolve("articles/nerima-tokyo-cio-roundtable-1.html")).exists();
        assertThat(out.resolve("404.html")).exists();
        try (var assets = Files.list(out.resolve("assets"))) {
            assertThat(assets.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.matches("site-[0-9a-f]{32}\\.css"));
        }
    }

    @Test
    void exportRefusesContentWithErrors() throws IOException {
        Path content = content("a.md", "---\nslug: a\n---\n");

        int status = run("export", dir.resolve("site").toString(), "--zadankai.content-dir=" + content);

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertThat(run("export")).isEqualTo(EditorCommands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}

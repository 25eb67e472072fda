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
                new PrintStream(err, true, StandardCharsets.UTF_8), dir).run(ZadankaiApplication.class, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path content(String name, String text) throws IOException {
        Path file = dir.resolve("content/articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return dir.resolve("content");
    }

    @Test
    void checkWhereThereIsNoContentFolderChecksTheBundledContentAndSaysSo() {
        int status = run("check");

        assertThat(status).isZero();
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("jarに同梱のコンテンツを確認しました。エラー0件、警告0件\n");
    }

    @Test
    void checkWhereThereIsAContentFolderChecksTheFilesBeingEdited() throws IOException {
        Path content = content("a.md", "---\ntitle: a\ndate: 2024-02-30\n---\n本文。\n");

        int status = run("check");

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).isEqualTo(content + "/articles/a.md:3: エラー：date「2024-02-30」という日はありません。"
                + "月と日を確認してください。\n");
        assertThat(err()).isEqualTo(content + "を確認しました。エラー1件、警告0件\n");
    }

    @Test
    void bundledChecksTheJarsCopyEvenWhereThereIsAContentFolder() throws IOException {
        content("a.md", "---\ntitle: a\ndate: 2024-02-30\n---\n本文。\n");

        int status = run("check", "--bundled");

        assertThat(status).isZero();
        assertThat(err()).startsWith("jarに同梱のコンテンツを確認しました");
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteAsciiHttpUrlIsRefusedInJapanese() {
        for (String url : new String[] {"https://公開するURL", "example.jp", "ftp://example.jp", "https://"}) {
            err.reset();

            int status = run("check", "--bundled", "--zadankai.site.base-url=" + url);

            assertThat(status).as(url).isEqualTo(EditorCommands.CONTENT_ERRORS);
            assertThat(err()).as(url).startsWith("zadankai.site.base-url「" + url + "」は使えません。")
                    .contains("xn--").doesNotContain("Exception");
        }
        err.reset();
        assertThat(run("check", "--bundled", "--zadankai.site.base-url=https://xn--eckwd4c7c.jp/site")).isZero();
    }

    @Test
    void checkPrintsEachErrorAsPathLineMessageAndExitsOne() throws IOException {
        Path content = content("a.md", "---\ntitle: a\nslug: A_1\n---\n#見出し\n");

        int status = run("check", "--zadankai.content-dir=" + content);

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out().lines()).containsExactly(
                content + "/articles/a.md:3: エラー：slug「A_1」は使えません。"
                        + "slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです（例：「slug: roundtable-1」）。");
    }

    @Test
    void checkReportsMarkdownThatTakesTooLongToRender() throws IOException {
        Path content = content("brackets.md", "---\ntitle: a\n---\n" + "[a]".repeat(20_000) + "\n");
        content("ok.md", "---\ntitle: ok\n---\nok\n");

        int status = run("check", "--zadankai.content-dir=" + content, "--zadankai.render-timeout=100ms");

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).startsWith(content + "/articles/brackets.md: エラー：本文を0.1秒以内に処理できませんでした。")
                .doesNotContain("\tat ");
    }

    @Test
    void missingContentFolderIsAnErrorNotATrace() {
        int status = run("check", "--zadankai.content-dir=" + dir.resolve("nowhere"));

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out() + err).doesNotContain("\tat ");
        // The folder is named once, where a file's path would stand, and once in the message.
        Path nowhere = dir.resolve("nowhere").toAbsolutePath();
        assertThat(out()).isEqualTo(nowhere + ": エラー：コンテンツフォルダー「" + nowhere + "」が見つかりません。"
                + "contentフォルダーのある場所で実行するか、「--zadankai.content-dir=」でフォルダーを指定してください。\n");
    }

    @Test
    void exportWritesEveryPageAndTheirGzipCopies() throws IOException {
        Path out = dir.resolve("site");

        int status = run("export", out.toString(), "--zadankai.site.base-url=https://example.jp");

        assertThat(status).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("index.html.gz")).exists();
        assertThat(out.resolve("articles/nerima-tokyo-cio-roundtable-1/index.html")).exists();
        assertThat(out.resolve("tags/練馬区/index.html")).exists();
        assertThat(out.resolve("feed.xml")).content().contains("https://example.jp/articles/");
        assertThat(out.resolve("404.html")).exists();
        assertThat(err()).endsWith("ページを「" + out + "」に書き出しました。\n");
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
    void exportWithoutABaseUrlSaysTheLinksKeepTheLocalOne() {
        assertThat(run("export", dir.resolve("site").toString())).isZero();

        assertThat(err()).contains("--zadankai.site.base-urlが指定されていないため、"
                + "正規URL・フィード・サイトマップのURLが「http://localhost:8080」のままです。");
    }

    @Test
    void exportRefusesAFolderInsideTheContentOrTheSources() throws IOException {
        content("a.md", "---\ntitle: a\n---\n本文。\n");
        Files.createDirectories(dir.resolve("src"));

        for (String target : new String[] {"content/site", "src/site", "content"}) {
            err.reset();

            assertThat(run("export", target)).as(target).isEqualTo(EditorCommands.USAGE);
            assertThat(err()).as(target).startsWith("出力フォルダー「" + target + "」は「");
        }
        assertThat(dir.resolve("content/site")).doesNotExist();
        assertThat(dir.resolve("src/site")).doesNotExist();
    }

    @Test
    void wrongArgumentsPrintUsageInJapanese() {
        assertThat(run("export")).isEqualTo(EditorCommands.USAGE);
        assertThat(err()).contains("使い方：", "java -jar zadankai.jar export 出力フォルダー");
    }
}

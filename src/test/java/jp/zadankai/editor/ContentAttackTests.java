package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.zadankai.ZadankaiApplication;
import jp.zadankai.content.ContentLimits;
import jp.zadankai.content.ContentRefusedException;
import jp.zadankai.content.DirectoryContentSource;

/**
 * Issue 15: a content folder written by an attacker (a contributor's change; Git keeps symbolic links) against
 * {@code check} and {@code export}, the same build the server runs.
 */
class ContentAttackTests {
    private static final String ARTICLE = "---\ntitle: ok\n---\n本文\n";

    @TempDir
    Path dir;
    Path content;
    Path outside;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void folders() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(content.resolve("media"));
        outside = Files.createDirectories(dir.resolve("outside"));
        write("articles/ok.md", ARTICLE);
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(content.resolve(path), text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return new EditorCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), content.getParent()).run(ZadankaiApplication.class, args);
    }

    private int check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = "--zadankai.content-dir=" + content;
        System.arraycopy(options, 0, args, 2, options.length);
        return run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Item 1: a link out of the folder is refused with its path; its target is neither read nor exported. */
    @Test
    void linksOutOfTheFolderAreRefusedAndNothingOfTheirTargetsIsExported() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: secret-article\n---\nsecret-body\n");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:secret-passwd");
        Files.createSymbolicLink(content.resolve("media/passwd.png"), outside.resolve("passwd"));
        Files.createSymbolicLink(content.resolve("media/environ.png"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(content.resolve("articles/linked.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(content.resolve("media/etc"), Path.of("/etc"));
        Files.createSymbolicLink(content.resolve("media/up.png"), Path.of("../../outside/passwd"));
        Files.createSymbolicLink(content.resolve("media/dangling.png"), outside.resolve("nothing"));
        Path export = dir.resolve("export");

        int status = run("export", export.toString(), "--zadankai.content-dir=" + content);

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out().lines()).anyMatch(line -> line.equals(content + "/media/passwd.png: エラー："
                        + "コンテンツフォルダーの外を指すリンク（" + outside.resolve("passwd") + "）です。"
                        + "リンクではなく、ファイルそのものをフォルダーに置いてください。"))
                .anyMatch(line -> line.startsWith(content + "/media/environ.png: ") && line.contains("/proc/self/environ"))
                .anyMatch(line -> line.startsWith(content + "/articles/linked.md: "))
                .anyMatch(line -> line.startsWith(content + "/media/etc: "))
                .anyMatch(line -> line.startsWith(content + "/media/up.png: "))
                .anyMatch(line -> line.startsWith(content + "/media/dangling.png: "));
        assertThat(out()).doesNotContain("secret-passwd").doesNotContain("secret-body");
        assertThat(export).doesNotExist();
    }

    /** Item 1: a link that stays inside the folder is read as the file it leads to. */
    @Test
    void linkInsideTheFolderIsServedAsItsTarget() throws IOException {
        Files.write(content.resolve("media/real.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createSymbolicLink(content.resolve("media/alias.png"), Path.of("real.png"));

        assertThat(check()).isZero();
        assertThat(new DirectoryContentSource(content, new ContentLimits(1 << 20, 16 << 20)).files())
                .anySatisfy(file -> assertThat(file.path()).isEqualTo("media/alias.png"));
    }

    /** Item 1: the content folder itself may be reached through a link. */
    @Test
    void contentFolderReachedThroughALinkIsRead() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("linked-content"), content);

        assertThat(run("check", "--zadankai.content-dir=" + link)).isZero();
    }

    /** Item 5: a media file over its bound is reported, not read (a 300 MB file would not fit the heap). */
    @Test
    void mediaFileOverItsBoundIsAnErrorAndIsNotRead() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(content.resolve("media/huge.png").toFile(), "rw")) {
            huge.setLength(300L * 1024 * 1024);
        }

        int status = check();

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out().lines()).singleElement().asString()
                .startsWith(content + "/media/huge.png: エラー：ファイルが大きすぎます（300MB。上限は5MB）。");
        assertThat(out() + err).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    }

    /** Item 5: the files together are bounded too. */
    @Test
    void contentOverItsTotalIsAnError() throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.write(content.resolve("media/photo-" + i + ".png"), new byte[300 * 1024]);
        }

        int status = check("--zadankai.max-content-size=1MB");

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains("/media/photo-3.png: エラー：コンテンツ全体が上限の1MBを超えました。");
    }

    /** Item 5: a pipe in the folder (which would block a read forever) is not content. */
    @Test
    void namedPipeIsNotRead() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("media/pipe.png").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(new DirectoryContentSource(content, new ContentLimits(1 << 20, 16 << 20)).files())
                .noneSatisfy(file -> assertThat(file.path()).isEqualTo("media/pipe.png"));
    }

    /** Items 8 and 12: control characters, written raw or as YAML escapes, are refused and printed escaped. */
    @Test
    void controlCharactersAreRefusedAndNeverPrintedRaw() throws IOException {
        write("articles/escaped.md", "---\ntitle: \"a\\u0001b\"\ntags: [\"x\\u001b[2J\"]\n---\n本文\n");
        write("articles/raw.md", "---\ntitle: raw\n---\n本文\u0007です\n");
        write("articles/key.md", "---\ntitle: key\n\"k\\e[31m\\nINFO forged line\": 1\n---\n本文\n");

        int status = check();

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains(content + "/articles/escaped.md:2: エラー：見えない制御文字（U+0001）",
                content + "/articles/escaped.md:3: ", content + "/articles/raw.md:4: エラー：見えない制御文字（U+0007）",
                "<U+001B>[31m<U+000A>INFO forged line");
        assertThat(out() + err).doesNotContain("\u001b").doesNotContain("\u0001").doesNotContain("\u0007");
        assertThat(out().lines()).allMatch(line -> line.startsWith(content.toString()));
    }

    /** Item 12: a file name is editors' text too. */
    @Test
    void fileNameWithALineEndIsPrintedOnOneLine() throws IOException {
        write("articles/bad\nINFO forged.md", "---\ntitle: x\n---\n本文\n");

        check();

        assertThat(out().lines()).allMatch(line -> line.startsWith(content.toString()));
        assertThat(out()).contains("bad<U+000A>INFO forged.md");
    }

    /** Items 9 and 10: a tag that cannot be a page path is an error of check, so no page or file is made of it. */
    @ParameterizedTest
    @ValueSource(strings = {"a/b", "../articles/victim", "../../x", "a\\\\b", "a;b", ".", "..", "長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長長"})
    void tagThatCannotBeAPathIsRefused(String tag) throws IOException {
        write("articles/tagged.md", "---\ntitle: t\ntags: [\"" + tag + "\"]\n---\n本文\n");

        int status = check();

        assertThat(status).as(tag).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains(content + "/articles/tagged.md:3: エラー：タグ「", "」はページのURLになりません。"
                + "「/」「\\」「;」や制御文字を使わず、「.」や「..」だけにせず、50文字以内で書いてください。");
    }

    /** Item 5: one file cannot make thousands of tag pages. */
    @Test
    void tooManyTagsAreRefused() throws IOException {
        write("articles/tagged.md", "---\ntitle: t\ntags: [" + String.join(", ",
                java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "t" + i).toList()) + "]\n---\n本文\n");

        assertThat(check()).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains("tagged.md:3: エラー：tagsが5000個あります。1つの記事に");
    }

    /** Items 3 and 10: media of a type a browser runs, or without an extension, is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.html", "evil.htm", "evil.xhtml", "evil.xml", "evil.js", "evil.mjs", "evil.css",
            "noextension", "evil.HTML", "a;b.png", "evil.wasm"})
    void activeOrUnreachableMediaIsRefused(String name) throws IOException {
        write("media/" + name, "<script>alert(1)</script>");

        assertThat(check()).as(name).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains(content + "/media/" + name + ": ");
    }

    /** Item 11: an empty short name would make every paragraph starting with a colon a nameless turn. */
    @Test
    void emptyShortNameIsRefused() throws IOException {
        write("articles/turns.md", "---\ntitle: t\nparticipants:\n  - name: 山田 太郎\n    short: \"\"\n---\n: 偽の発言\n");

        assertThat(check()).isEqualTo(EditorCommands.CONTENT_ERRORS);
        assertThat(out()).contains("turns.md:5: エラー：participantsの1人目のshort（本文での呼び名）が空です。");
    }

    /** Item 10, kept for the exporter's rewrite: a refused build writes nothing at all. */
    @Test
    void contentRefusedByTheSourceIsNeverPartlyBuilt() throws IOException {
        Files.createSymbolicLink(content.resolve("media/x.png"), Path.of("/etc/hostname"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new DirectoryContentSource(content, new ContentLimits(1 << 20, 16 << 20)).files())
                .isInstanceOf(ContentRefusedException.class)
                .satisfies(e -> assertThat(((ContentRefusedException) e).problems()).extracting(p -> p.path())
                        .isEqualTo(List.of("media/x.png")));
    }
}

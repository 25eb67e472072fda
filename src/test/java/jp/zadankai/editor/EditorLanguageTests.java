package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.zadankai.ZadankaiApplication;

/**
 * Editors are spoken to in Japanese: {@code check} over a folder of the mistakes editors make prints, for each, a
 * labelled Japanese line, and no English word but the names an editor writes (fields, paths, formats) and a
 * library's own words kept as a trailing （詳細：…）.
 */
class EditorLanguageTests {
    /** What an editor types or reads in the guide: field names, file names, formats, and the examples' words. */
    private static final Set<String> NAMES = Set.of("title", "slug", "date", "updated", "held", "description",
            "author", "cover", "tags", "series", "name", "part", "of", "draft", "participants", "short", "role",
            "group", "reading", "true", "false", "articles", "media", "content", "md", "jpg", "png", "yaml",
            "markdown", "utf", "url", "xn", "punycode", "roundtable", "dx", "https", "http", "example", "jp",
            "yyyy", "mm", "dd", "authr", "zadankai", "check", "bundled", "jar", "java", "dir", "site", "base");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern DETAIL = Pattern.compile("\\x{ff08}詳細\\x{ff1a}.*?\\x{ff09}");

    @TempDir
    Path dir;

    @Test
    void theCheckOfTypicalMistakesSpeaksJapaneseWithALabelOnEveryLine() throws IOException {
        write("tab.md", "---\ntitle: a\n\ttags: [x]\n---\n本文。\n");
        write("colon.md", "---\ntitle: 座談会: 前編\n---\n本文。\n");
        write("fullwidth-colon.md", "---\ntitle\uff1a 座談会\n---\n本文。\n");
        write("unclosed.md", "---\ntitle: a\n本文。\n");
        write("quote.md", "---\ntitle: \"座談会\n---\n本文。\n");
        write("date.md", "---\ntitle: a\ndate: 2025-13-01\n---\n本文。\n");
        write("unknown.md", "---\ntitle: a\nauthr: 森田\n---\n本文。\n");
        write("links.md", "---\ntitle: a\n---\n![写真](media/p.png)\n\n![](/media/none.png)\n\n[次](/articles/none)\n");
        write("emphasis.md", "---\ntitle: a\n---\nこれは_強調_です。**閉じていない\n");
        write("speaker.md", "---\ntitle: a\nparticipants:\n  - name: 森田 泰子\n---\n司会: 始めます。\n\n#見出し\n");
        write("marks.md", "---\ntitle: a\n---\nーこれは質問のつもりです\n\n＃見出し\n\n![IMG_0001](/media/p.png)\n");
        write("series.md", "---\ntitle: a\nseries: {name: s, part: 3, of: 2}\ntitle: b\n---\n本文。\n");
        write("draft-link.md", "---\ntitle: a\n---\n[下書き](/articles/draft)と[相対](other)\n");
        write("draft.md", "---\ntitle: a\ndraft: true\ncover: /media/none.jpg\n---\n本文。\n");
        write("座談会.md", "---\ntitle: a\n---\n本文。\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new EditorCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir).run(ZadankaiApplication.class,
                new String[] {"check"});

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(20)
                .anyMatch(line -> line.contains("marks.md:4: 警告：段落の先頭の「ー」は質問の印になりません。"))
                .anyMatch(line -> line.contains("draft-link.md:4: エラー：リンク先の記事「/articles/draft」は下書き"))
                .anyMatch(line -> line.contains("/座談会.md:1: エラー：ファイル名「座談会」はslug（記事のURL）に使えません。"))
                .anyMatch(line -> line.contains("date.md:3: エラー：date「2025-13-01」という日はありません。"));
        for (String line : lines) {
            Matcher where = Pattern.compile("^.*?/articles/[^/]+\\.md:\\d+: (エラー|警告)\\x{ff1a}(.+)$").matcher(line);
            assertThat(where.matches()).as("a labelled line: %s", line).isTrue();
            // Paths, file names and what a message quotes in 「」 are the editor's own words, as written. A path is
            // ASCII: the messages put no space around it, so it ends where the Japanese begins.
            String message = DETAIL.matcher(where.group(2)).replaceAll("")
                    .replaceAll("[A-Za-z0-9_./-]*[/.][A-Za-z0-9_./-]*", "")
                    .replaceAll("「[^」]*」", "");
            assertThat(WORD.matcher(message).results().map(word -> word.group().toLowerCase())
                    .filter(word -> !NAMES.contains(word)).toList()).as("English in: %s", line).isEmpty();
        }
        String summary = err.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("を確認しました。エラー").doesNotContainPattern("\\b(error|warning)s?\\b");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve("content/articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.createDirectories(dir.resolve("content/media"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

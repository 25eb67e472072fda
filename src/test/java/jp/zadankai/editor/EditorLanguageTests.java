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
            "yyyy", "mm", "dd", "authr", "zadankai", "check", "bundled", "jar", "java", "dir", "site", "base",
            "avif", "gif", "jpeg", "svg", "webp", "pdf", "mp", "webm");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern LINE = Pattern.compile("^(.*?/content/)([^:]+)(?::\\d+)?: (?:エラー|警告)\\x{ff1a}(.+)$");
    /** Every line of the check, as an editor reads it: the Japanese of each message, in its place. */
    private static final List<String> EXPECTED = List.of(
            "articles/bracket.md:3: エラー：フロントマターのこの行を読み取れません。「[」が閉じていません。最後の値の後に「]」を書いてください。（詳細：…）",
            "articles/colon.md:2: エラー：フロントマターのこの行を読み取れません。値に「: 」や「#」を含むときは、値全体を「\"」で囲んでください（例：「title: \"座談会: 第1回\"」）。（詳細：…）",
            "articles/date.md:3: エラー：date「2025-13-01」という日はありません。月と日を確認してください。",
            "articles/date.md:4: エラー：updated「2025/01/31」を日付として読み取れません。「2022-08-22」のように、年-月-日の形で書いてください。",
            "articles/date.md:5: 警告：「authr」は使えない項目のため、無視されます。綴りを確認してください（使える項目：title, slug, date, updated, held, description, author, cover, tags, series, draft, participants）。",
            "articles/fields.md:3: エラー：「title」が2回書かれています（2行目にもあります）。1つにまとめてください。",
            "articles/fields.md:4: エラー：draftは、true（下書き）かfalseで書いてください。",
            "articles/fields.md:5: エラー：slug「Roundtable_1」は使えません。slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです（例：「slug: roundtable-1」）。",
            "articles/fullwidth-colon.md:2: エラー：フロントマターのこの行を読み取れません。項目名の後の「：」が全角です。半角の「:」と半角スペースにしてください（例：「title: 座談会」）。",
            "articles/links.md:1: エラー：cover（見出し画像）のファイル「/media/none.jpg」が見つかりません。コンテンツフォルダーの「media/none.jpg」にファイルを置くか、coverのパスを直してください（大文字と小文字も区別されます）。",
            "articles/links.md:5: エラー：リンク「media/p.png」は、記事のページからは別の場所を指します。「/」から書いてください（画像は「/media/写真.jpg」、記事は「/articles/slug」）。",
            "articles/links.md:7: 警告：画像の説明（代替テキスト）がありません。「![写真の説明](/media/none.png)」のように、[ ]の中に説明を書いてください。",
            "articles/links.md:7: エラー：ファイル「/media/none.png」が見つかりません。コンテンツフォルダーの「media/none.png」にファイルを置くか、本文のパスを直してください（大文字と小文字も区別されます）。",
            "articles/links.md:9: エラー：リンク先の記事「/articles/none」が見つかりません。slugが「none」の記事はありません。リンクのslugを確認してください。",
            "articles/links.md:11: エラー：リンク先の記事「/articles/draft」は下書き（draft: true）です。公開すると、このリンクは読者には見つからないページになります。リンク先も公開するか、リンクを外してください。",
            "articles/no-front-matter.md:1: エラー：フロントマターがありません。1行目を「---」にし、titleなどの項目を書いてから、「---」だけの行で閉じてください。",
            "articles/no-title.md:1: エラー：title（タイトル）がありません。「title: 座談会」のように書いてください。",
            "articles/people.md:4: エラー：participantsの1人目にname（氏名）がありません。「name: 森田 泰子」のように書いてください。",
            "articles/quote.md:2: エラー：フロントマターのこの行を読み取れません。「\"」で始めた値が閉じていません。値の終わりにも「\"」を書いてください。（詳細：…）",
            "articles/same-2.md:3: エラー：slug「same」はarticles/same-1.mdでも使われています。どちらかのslugを変えてください。",
            "articles/series.md:3: エラー：seriesのpart（3）がof（2）を超えています。partは第何回か、ofは全何回かです。partはof以下にしてください。",
            "articles/series.md:4: エラー：tagsは文字のリストで書いてください（例：「tags: [DX, 練馬区]」）。",
            "articles/tab.md:3: エラー：フロントマターのこの行を読み取れません。タブ文字は使えません。字下げや区切りには半角スペースを使ってください。（詳細：…）",
            "articles/text.md:3: 警告：参加者「宮坂」の発言が本文にありません。発言は「宮坂: 」で始まる行に書きます。この回で発言しない参加者なら、このままで構いません。",
            "articles/text.md:9: 警告：「司会」はparticipantsにない名前のため、この行は発言になりません。発言にするには、participantsに追加するか、その人のshortを「司会」にしてください。発言でなければ、このままで構いません。",
            "articles/text.md:11: 警告：「#見出し」は見出しになりません。見出しにするには、「#」の後に半角スペースを入れてください。",
            "articles/text.md:13: 警告：全角の「＃」はMarkdownの記号になりません。半角の「#」を使ってください。",
            "articles/text.md:15: 警告：段落の先頭の「ー」は質問の印になりません。質問にするには、全角のダッシュ「―」にしてください。質問でなければ、このままで構いません。",
            "articles/text.md:17: 警告：「_強調_」は強調になりません。日本語の中では「**強調**」か「*強調*」のように、「*」で囲んでください。",
            "articles/text.md:19: 警告：閉じていない「**」があります。強調する言葉は「**強調**」のように、前後を「**」で囲んでください。",
            "articles/text.md:21: 警告：画像の説明（代替テキスト）「IMG_0001」がファイル名のようです。写真を見られない読者にも内容が伝わる言葉にしてください。",
            "articles/unclosed.md:1: エラー：フロントマターが閉じていません。titleなどの項目の後に、「---」だけの行を書いてください。",
            "articles/座談会.md:1: エラー：ファイル名「座談会」はslug（記事のURL）に使えません。slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです。フロントマターに「slug: roundtable-1」のように書いてください。",
            "media/page.html: エラー：この種類のファイル（拡張子「html」）はサイトに置けません。使える拡張子はavif, gif, jpeg, jpg, png, svg, webp, pdf, mp3, m4a, mp4, webmです。",
            "media/photo: エラー：ファイル名に拡張子がありません。「photo.jpg」のように拡張子を付けてください（使える拡張子：avif, gif, jpeg, jpg, png, svg, webp, pdf, mp3, m4a, mp4, webm）。");
    private static final int ERRORS = 25;
    private static final int WARNINGS = 10;
    private static final Pattern DETAIL = Pattern.compile("\\x{ff08}詳細\\x{ff1a}.*?\\x{ff09}");

    @TempDir
    Path dir;

    @Test
    void theCheckOfTypicalMistakesSpeaksJapaneseWithALabelOnEveryLine() throws IOException {
        writeTypicalMistakes();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new EditorCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir).run(ZadankaiApplication.class,
                new String[] {"check"});

        assertThat(status).isEqualTo(EditorCommands.CONTENT_ERRORS);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        for (String line : lines) {
            Matcher where = LINE.matcher(line);
            assertThat(where.matches()).as("a labelled line: %s", line).isTrue();
            // Paths, file names and what a message quotes in 「」 are the editor's own words, as written. A path is
            // ASCII: the messages put no space around it, so it ends where the Japanese begins.
            String message = DETAIL.matcher(where.group(3)).replaceAll("")
                    .replaceAll("[A-Za-z0-9_./-]*[/.][A-Za-z0-9_./-]*", "")
                    .replaceAll("「[^」]*」", "");
            assertThat(WORD.matcher(message).results().map(word -> word.group().toLowerCase())
                    .filter(word -> !NAMES.contains(word)).toList()).as("English in: %s", line).isEmpty();
        }
        String folder = dir.resolve("content") + "/";
        // A library's words in a detail are its own, and change with its version: only their place is held.
        assertThat(lines).allMatch(line -> line.startsWith(folder))
                .extracting(line -> DETAIL.matcher(line.substring(folder.length())).replaceAll("（詳細：…）"))
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(dir.resolve("content") + "を確認しました。エラー" + ERRORS + "件、警告" + WARNINGS + "件\n");
    }

    /** The mistakes of the guide's readers: in the front matter, in the text, and across files. */
    private void writeTypicalMistakes() throws IOException {
        write("tab.md", "---\ntitle: a\n\ttags: [x]\n---\n本文。\n");
        write("colon.md", "---\ntitle: 座談会: 前編\n---\n本文。\n");
        write("fullwidth-colon.md", "---\ntitle\uff1a 座談会\n---\n本文。\n");
        write("unclosed.md", "---\ntitle: a\n本文。\n");
        write("quote.md", "---\ntitle: \"座談会\n---\n本文。\n");
        write("bracket.md", "---\ntitle: a\ntags: [DX, 練馬区\n---\n本文。\n");
        write("no-front-matter.md", "# 座談会\n本文。\n");
        write("date.md", "---\ntitle: a\ndate: 2025-13-01\nupdated: 2025/01/31\nauthr: 森田\n---\n本文。\n");
        write("fields.md", "---\ntitle: a\ntitle: b\ndraft: yes\nslug: Roundtable_1\n---\n本文。\n");
        write("no-title.md", "---\nslug: no-title\n---\n本文。\n");
        write("series.md", "---\ntitle: a\nseries: {name: s, part: 3, of: 2}\ntags: [DX, [CIO]]\n---\n本文。\n");
        write("people.md", "---\ntitle: a\nparticipants:\n  - short: 森田\n---\n本文。\n");
        write("座談会.md", "---\ntitle: a\n---\n本文。\n");
        write("same-1.md", "---\ntitle: a\nslug: same\n---\n本文。\n");
        write("same-2.md", "---\ntitle: b\nslug: same\n---\n本文。\n");
        write("links.md", "---\ntitle: a\ncover: /media/none.jpg\n---\n![写真](media/p.png)\n\n![](/media/none.png)\n\n"
                + "[次](/articles/none)\n\n[下書き](/articles/draft)\n");
        write("draft.md", "---\ntitle: a\ndraft: true\n---\n本文。\n");
        write("text.md", "---\ntitle: a\nparticipants:\n  - name: 森田 泰子\n  - name: 宮坂 学\n---\n"
                + "森田: はい。\n\n司会: 始めます。\n\n#見出し\n\n＃見出し\n\nー質問のつもりです\n\n"
                + "これは_強調_です。\n\n**閉じていない\n\n![IMG_0001](/media/photo.png)\n");
        Files.write(dir.resolve("content/media/photo.png"), new byte[] {1});
        Files.write(dir.resolve("content/media/page.html"), new byte[] {1});
        Files.write(dir.resolve("content/media/photo"), new byte[] {1});
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve("content/articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.createDirectories(dir.resolve("content/media"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

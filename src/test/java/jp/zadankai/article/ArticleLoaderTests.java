package jp.zadankai.article;

import static jp.zadankai.TestContent.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.zadankai.TestContent;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.markdown.RenderedMarkdown;
import jp.zadankai.markdown.dialogue.Speaker;

class ArticleLoaderTests {
    private final ArticleLoader loader = TestContent.articleLoader(new MarkdownRenderer());

    private LoadedArticles load(ContentFile... files) {
        return loader.load(List.of(files));
    }

    private static List<String> messages(LoadedArticles loaded) {
        return loaded.problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void readsEveryFrontMatterField() {
        LoadedArticles loaded = load(file("articles/a.md", """
                ---
                title: "座談会 ①"
                slug: roundtable-1
                date: 2022-08-22
                updated: "2022-09-01"
                held: 2022-08-21
                description: 説明
                author: フォーラム
                cover: /media/cover.jpg
                tags: [DX, 練馬区]
                series: {name: 座談会, part: 1, of: 2}
                draft: true
                participants:
                  - name: 森田 泰子
                    short: 森田
                    role: "練馬区CIO(副区長)"
                    reading: もりた やすこ
                    group: 練馬区
                  - name: 宮坂\u3000学
                ---
                森田: はい。
                宮坂: どうも。
                """));

        assertThat(loaded.problems()).isEmpty();
        FrontMatter meta = loaded.articles().get(0).meta();
        assertThat(meta).isEqualTo(new FrontMatter("座談会 ①", "roundtable-1",
                LocalDate.of(2022, 8, 22), LocalDate.of(2022, 9, 1), LocalDate.of(2022, 8, 21), "説明", "フォーラム",
                "media/cover.jpg", List.of("DX", "練馬区"), new Series("座談会", 1, 2), true,
                List.of(new Speaker("森田 泰子", "森田", "練馬区CIO(副区長)",
                                "練馬区", "もりた やすこ"),
                        new Speaker("宮坂\u3000学", "宮坂", null, null, null))));
    }

    @Test
    void slugDefaultsToTheFileNameAndDescriptionToTheLead() {
        LoadedArticles loaded = load(file("articles/my-talk.md", "---\ntitle: T\n---\n\n最初の段落。\n\n次。\n"));

        Article article = loaded.articles().get(0);
        assertThat(article.slug()).isEqualTo("my-talk");
        assertThat(article.description()).isEqualTo("最初の段落。");
        assertThat(article.date()).isNull();
    }

    @Test
    void leadingByteOrderMarkAndWindowsLineEndsAreTolerated() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: 題\r\n---\r\n本文\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        LoadedArticles loaded = load(new ContentFile("articles/bom.md", bytes));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.articles().get(0).title()).isEqualTo("題");
    }

    @Test
    void fileThatIsNotUtf8IsReportedByName() {
        LoadedArticles loaded = load(new ContentFile("articles/sjis.md", new byte[] {'-', '-', '-', '\n', (byte) 0x82, (byte) 0xA0}));

        assertThat(loaded.articles()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().isEqualTo("articles/sjis.md: エラー：文字コードがUTF-8ではありません。"
                + "エディターで文字コードにUTF-8を選んで、保存し直してください。");
    }

    @Test
    void missingTitleIsAnErrorOnTheFrontMatter() {
        LoadedArticles loaded = load(file("articles/a.md", "---\nslug: a\n---\nbody\n"));

        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("title");
        });
    }

    @Test
    void yamlThatDoesNotParseIsReportedWithItsLine() {
        LoadedArticles loaded = load(file("articles/a.md", "---\ntitle: ok\ntags: [a, b\ndate: 2022-01-01\n---\nbody\n"));

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isBetween(3, 5);
            assertThat(p.toString()).startsWith("articles/a.md:" + p.line() + ": ").contains("フロントマターのこの行を読み取れません。「[」が閉じていません。");
        });
    }

    @Test
    void missingFrontMatterAndUnclosedFrontMatterAreErrors() {
        LoadedArticles loaded = load(file("articles/a.md", "# 見出し\n"),
                file("articles/b.md", "---\ntitle: x\n\n本文\n"));

        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.problems()).extracting(ContentProblem::path).containsExactly("articles/a.md", "articles/b.md");
        assertThat(loaded.problems()).allMatch(ContentProblem::isError);
    }

    @Test
    void badFieldValuesAreReportedOnTheirLines() {
        LoadedArticles loaded = load(file("articles/a.md", """
                ---
                title: x
                slug: Bad_Slug
                date: 22/08/2022
                draft: maybe
                series: {name: s, part: 3, of: 2}
                ---
                """));

        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.problems()).extracting(ContentProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(loaded.problems()).allMatch(ContentProblem::isError);
    }

    @Test
    void fileNameThatIsNoSlugNeedsASlugField() {
        LoadedArticles loaded = load(file("articles/座談会.md", "---\ntitle: x\n---\n"));

        assertThat(messages(loaded)).singleElement().asString().contains("slug");
    }

    @Test
    void unknownFieldIsAWarningAndTheArticleStillLoads() {
        LoadedArticles loaded = load(file("articles/a.md", "---\ntitle: x\nauthr: y\n---\n"));

        assertThat(loaded.articles()).hasSize(1);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("authr");
        });
    }

    /** Issue 15, item 19: on the later file's slug line, naming the other file. */
    @Test
    void duplicateSlugIsAnErrorOnTheSlugLineNamingBothFiles() {
        LoadedArticles loaded = load(file("articles/a.md", "---\ntitle: a\nslug: same\n---\n"),
                file("articles/b.md", "---\ntitle: b\ndate: 2024-01-01\nslug: same\n---\n"));

        assertThat(loaded.articles()).extracting(Article::path).containsExactly("articles/a.md");
        assertThat(messages(loaded)).singleElement().asString().startsWith("articles/b.md:4: ").contains("articles/a.md");
    }

    @Test
    void fileOverTheSizeCapIsRefused() {
        LoadedArticles loaded = load(file("articles/big.md", "---\ntitle: x\n---\n" + "あ".repeat(30_000)));

        assertThat(loaded.articles()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().startsWith("articles/big.md: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dashes", "stars", "quotes", "lists", "brackets", "backticks", "angle-url"})
    void pathologicalMarkdownIsRenderedOrReportedWithinTheBoundAndTheOtherFilesLoad(String kind) {
        String body = switch (kind) {
            case "dashes" -> "-".repeat(5_000);
            case "stars" -> "*".repeat(5_000);
            case "quotes" -> "> ".repeat(1_000) + "x";
            case "lists" -> "- ".repeat(1_000) + "x";
            case "brackets" -> "[a]".repeat(20_000);
            case "backticks" -> "`a ".repeat(20_000);
            default -> "[r]: <" + "A".repeat(60_000) + ">\n\n[r]";
        };
        ArticleLoader bounded = TestContent.articleLoader(new MarkdownRenderer());
        long start = System.nanoTime();

        LoadedArticles loaded = bounded.load(List.of(file("articles/bad.md", "---\ntitle: x\n---\n" + body + "\n"),
                file("articles/ok.md", "---\ntitle: ok\n---\nfine\n")));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(loaded.articles()).extracting(Article::slug).contains("ok");
        boolean rendered = loaded.articles().stream().anyMatch(article -> article.slug().equals("bad"));
        boolean reported = loaded.problems().stream()
                .anyMatch(p -> p.isError() && p.path().equals("articles/bad.md"));
        assertThat(rendered ^ reported).as("rendered or reported, not both").isTrue();
    }

    @Test
    void renderThatThrowsIsReportedByFileNameWithoutATrace() {
        MarkdownRenderer overflowing = new MarkdownRenderer() {
            @Override
            public RenderedMarkdown render(CharSequence markdown, List<Speaker> speakers) {
                throw new StackOverflowError();
            }
        };
        ArticleLoader loader = TestContent.articleLoader(overflowing);

        LoadedArticles loaded = loader.load(List.of(file("articles/deep.md", "---\ntitle: x\n---\nx\n")));

        assertThat(loaded.articles()).isEmpty();
        assertThat(messages(loaded)).singleElement().asString().isEqualTo("articles/deep.md: エラー：本文を処理できませんでした。"
                + "引用・リストの入れ子や記号の繰り返しが深すぎます。入れ子を浅くしてください。")
                .doesNotContain("StackOverflowError");
    }

    @Test
    void renderThatRunsOverTheBoundIsAbandonedAndReported() {
        MarkdownRenderer slow = new MarkdownRenderer() {
            @Override
            public RenderedMarkdown render(CharSequence markdown, List<Speaker> speakers) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.render(markdown, speakers);
            }
        };
        long start = System.nanoTime();

        LoadedArticles loaded = TestContent.articleLoader(slow, Duration.ofMillis(200))
                .load(List.of(file("articles/slow.md", "---\ntitle: x\n---\nx\n")));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(messages(loaded)).singleElement().asString().isEqualTo("articles/slow.md: エラー：本文を0.2秒以内に処理できませんでした。"
                + "極端に長い行や、引用・リストの深い入れ子がないか確認してください。");
    }

    /**
     * Issue 15, item 13: a render abandoned at its bound stops using the CPU. This one (quadratic in flexmark) ran
     * on for minutes, and eight of them took both cores from the readers.
     */
    @Test
    void renderPastItsBoundStops() throws InterruptedException {
        ArticleLoader loader = new ArticleLoader(new MarkdownRenderer(), 1 << 20, Duration.ofMillis(200));

        LoadedArticles loaded = loader.load(List.of(file("articles/brackets.md",
                "---\ntitle: x\n---\n" + "[a]".repeat(100_000) + "\n")));

        assertThat(messages(loaded)).singleElement().asString()
                .startsWith("articles/brackets.md: エラー：本文を0.2秒以内に処理できませんでした。");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (renderThreadNamed("render-articles/brackets.md") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(renderThreadNamed("render-articles/brackets.md")).as("abandoned render still running").isFalse();
    }

    private static boolean renderThreadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(name));
    }

    @Test
    void filesOutsideArticlesAreNotArticles() {
        LoadedArticles loaded = load(file("media/readme.md", "# not an article"), file("articles/notes.txt", "x"));

        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
    }

    /** Found by fuzzing the old parser: a YAML tag whose value cannot be decoded, a list that contains itself. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"title: !!binary a", "title: t\ndate: &a [[*a]]",
            "title: &a [*a]", "title: t\ndate: 2022-02-30"})
    void hostileYamlIsReportedOnItsLineNeverThrown(String yaml) {
        LoadedArticles loaded = loader.load(List.of(file("articles/x.md", "---\n" + yaml + "\n---\n本文。\n")));

        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.line()).isBetween(2, 3);
        });
    }
}

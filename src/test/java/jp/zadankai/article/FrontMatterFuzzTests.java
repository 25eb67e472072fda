package jp.zadankai.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.zadankai.TestContent;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.MarkdownRenderer;

/** Whatever an editor puts between the --- lines, loading says what is wrong with it, by file and line. */
class FrontMatterFuzzTests {
    private static final String PATH = "articles/x.md";
    /**
     * Fields, flow and block syntax, anchors, tags and the scalars YAML 1.1 resolves to dates, numbers and
     * booleans: what it takes to reach every branch of the field checks rather than stop at the first parse error.
     */
    private static final String[] PIECES = {
            "title: ", "slug: ", "date: ", "updated: ", "description: ", "author: ", "cover: ", "tags: ",
            "series: ", "draft: ", "participants:\n", "  - name: ", "    short: ", "    role: ", "    group: ",
            "name: ", "part: ", "of: ", "unknown: ", "\n", "\n  ", "  ", "- ", "? ", ": ", ", ", "[", "]", "{", "}",
            "\"", "'", "|\n", ">\n", "#", "&a ", "*a", "&b ", "*b", "<<: ", "!!str ", "!!int ", "!!binary ",
            "!!set ", "!!map ", "!!timestamp ", "!<tag:yaml.org,2002:str> ", "!custom ", "%YAML 1.1\n", "---",
            "...", "~", "null", "true", "false", "yes", "no", "0", "1", "-1", "2", "0x1F", "1e400", ".nan", ".inf",
            "2022-08-22", "2022-02-30", "2022-08-22T10:00:00Z", "99999-01-01", "roundtable-1", "Upper_Slug",
            "/media/cover.jpg", "森田 泰子", "宮坂\u3000学", "座談会", "練馬区", "\u3000", "\t", "\\", "\u0000",
            "\ufeff", "\r"};
    private static final int MAX_PARTS = 60;
    /** Characters in one raw part: room for a whole line for byte-level mutation to work on. */
    private static final int MAX_RAW = 64;

    /** Shared by every run: a loader starts a pool of render threads. */
    private static final ArticleLoader LOADER = TestContent.articleLoader(new MarkdownRenderer());

    @FuzzTest(maxDuration = "30s")
    void anyFrontMatterGivesAnArticleOrProblemsNamingTheFileAndLine(FuzzedDataProvider data) {
        String yaml = yaml(data);
        String body = data.consumeRemainingAsString();
        ContentFile file = new ContentFile(PATH, ("---\n" + yaml + "\n---\n" + body).getBytes(StandardCharsets.UTF_8));

        LoadedArticles loaded = LOADER.load(List.of(file));

        assertThat(loaded.articles()).as("articles from %s", yaml).hasSizeLessThanOrEqualTo(1);
        if (loaded.articles().isEmpty()) {
            assertThat(loaded.problems()).as("problems with %s", yaml).isNotEmpty();
        }
        for (ContentProblem problem : loaded.problems()) {
            assertThat(problem.path()).as("%s from %s", problem, yaml).isEqualTo(PATH);
            assertThat(problem.line()).as("%s from %s", problem, yaml).isNotNegative();
            assertThat(problem.message()).as("%s from %s", problem, yaml).isNotEmpty();
        }
    }

    /** Pieces of the dictionary and raw strings, in an order and mix the fuzzer chooses. */
    private static String yaml(FuzzedDataProvider data) {
        StringBuilder yaml = new StringBuilder();
        int parts = data.consumeInt(0, MAX_PARTS);
        for (int part = 0; part < parts && data.remainingBytes() > 0; part++) {
            yaml.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(MAX_RAW));
        }
        return yaml.toString();
    }
}

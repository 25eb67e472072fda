package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.TestContent;
import jp.zadankai.WireClient;

/** The preview starts whatever state the content is in, and shows every problem where the editor looks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class PreviewWithErrorsIntegrationTests {
    private static final Path CONTENT = TestContent.folder(
            "articles/good.md", "---\ntitle: Good\n---\nよい記事です。**閉じていない\n",
            "articles/broken.md", "---\ntitle: Broken\ndate: 2024-02-30\n---\nまだ読めない記事です。\n");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        TestContent.preview(registry, CONTENT);
    }

    @Autowired
    RestTestClient http;

    private String get(String path) {
        return http.get().uri(path).exchange().returnResult(String.class).getResponseBody();
    }

    @Test
    void everyPageListsTheProblemsAndAnArticleThatNeverLoadedAnswersWithItsOwnUntilItIsFixed() throws Exception {
        for (String path : new String[] {"/", "/articles/good"}) {
            assertThat(get(path)).as(path)
                    .contains("banner--errors", "articles/broken.md:3: エラー：date「2024-02-30」という日はありません。")
                    .contains("banner--warnings", "articles/good.md:4: 警告：閉じていない「**」があります。");
        }
        assertThat(get("/articles/broken")).contains("この記事はまだ表示できません", "articles/broken.md",
                "articles/broken.md:3: エラー：date「2024-02-30」という日はありません。");

        Files.writeString(CONTENT.resolve("articles/broken.md"), "---\ntitle: Broken\ndate: 2024-02-29\n---\n"
                + "直った記事です。\n", StandardCharsets.UTF_8);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!get("/articles/broken").contains("直った記事です") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get("/articles/broken")).contains("直った記事です").doesNotContain("この記事はまだ表示できません");
        assertThat(get("/")).doesNotContain("banner--errors");
    }
}

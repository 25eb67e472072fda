package jp.zadankai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import jp.zadankai.markdown.dialogue.Speaker;

/** Issue 15, item 11: an editor cannot forge the page's structure with ids and classes. */
class LayoutAttributesTests {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void headingsNeverTakeTheLayoutsIds() {
        String html = markdown.render("## main\n\n## 目次 {#toc-title}\n\n## Turn 1\n\n## share title\n\n## 普通 {#own}\n",
                List.of()).html();

        assertThat(html).doesNotContain("id=\"main\"", "id=\"toc-title\"", "id=\"turn-1\"", "id=\"share-title\"")
                .contains("id=\"main-2\"", "id=\"toc-title-2\"", "id=\"turn-1-2\"", "id=\"share-title-2\"",
                        "id=\"own\"");
    }

    @Test
    void classesAndLayoutIdsWrittenAsAttributesAreDropped() {
        String html = markdown.render("""
                偽のエラー表示
                {.banner .banner--errors}

                偽の発言
                {.turn .turn--side-1 #turn-1}

                本文へ {#main}

                [リンク](/x){.turn__permalink}
                """, List.of(new Speaker("山田 太郎", "山田", null, null, null))).html();

        assertThat(html).doesNotContain("banner").doesNotContain("class=\"turn").doesNotContain("id=\"turn-1\"")
                .doesNotContain("id=\"main\"").doesNotContain("turn__permalink").contains("偽の発言", "本文へ");
    }

    @Test
    void turnsStillGetTheirClassesAndPermalinks() {
        String html = markdown.render("山田: 発言です。\n", List.of(new Speaker("山田 太郎", "山田", null, null, null))).html();

        assertThat(html).contains("class=\"turn", "id=\"turn-1\"");
    }

    /** The list of reserved ids holds every id the templates write. */
    @Test
    void everyIdOfTheTemplatesIsReserved() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            Pattern.compile("\\sid=\"([^\"$]+)\"").matcher(text).results().map(match -> match.group(1))
                    .forEach(id -> assertThat(LayoutIds.isReserved(id)).as(template.getFilename() + " " + id).isTrue());
        }
    }
}

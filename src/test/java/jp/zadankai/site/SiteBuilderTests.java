package jp.zadankai.site;

import static jp.zadankai.TestContent.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.zadankai.TestContent;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;

class SiteBuilderTests {

    private static String text(Page page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }

    private static final ContentFile OLD = file("articles/old.md", "---\ntitle: Old\ndate: 2020-01-01\n---\nold\n");
    private static final ContentFile NEW = file("articles/new.md", "---\ntitle: New\ndate: 2024-01-01\n---\nnew\n");
    private static final ContentFile UNDATED = file("articles/undated.md", "---\ntitle: Undated\n---\nx\n");
    private static final ContentFile DRAFT = file("articles/wip.md", "---\ntitle: Wip\ndraft: true\n---\nwip\n");

    @Test
    void indexListsPublishedArticlesNewestFirstAndUndatedLast() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(OLD, UNDATED, NEW, DRAFT), SiteBuild.NONE).site();

        String index = text(site.page("/"));
        assertThat(index.indexOf(">New<")).isLessThan(index.indexOf(">Old<"));
        assertThat(index.indexOf(">Old<")).isLessThan(index.indexOf(">Undated<"));
        assertThat(index).doesNotContain("Wip").contains("<time datetime=\"2024-01-01\">2024年1月1日</time>");
    }

    @Test
    void draftsHaveNoPageOutsidePreview() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW, DRAFT), SiteBuild.NONE).site();

        assertThat(site.page("/articles/new")).isNotNull();
        assertThat(site.page("/articles/wip")).isNull();
    }

    @Test
    void previewServesDraftsWithABannerAndListsThemWithTheirMark() {
        Site site = SiteTestSupport.builder(true).build(SiteTestSupport.source(NEW, DRAFT), SiteBuild.NONE).site();

        assertThat(text(site.page("/articles/wip"))).contains("banner--draft", "下書き");
        assertThat(text(site.page("/"))).contains("Wip", "<span class=\"card__draft\">下書き</span>");
        assertThat(text(site.page("/articles/new"))).doesNotContain("banner--draft");
        assertThat(text(site.page("/feed.xml"))).doesNotContain("Wip");
    }

    @Test
    void onlyThePreviewIsNeverCachedAndReloadsItself() {
        Site served = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();
        Site preview = SiteTestSupport.builder(true).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        for (String path : List.of("/", "/articles/new", "/feed.xml", "/sitemap.xml")) {
            assertThat(served.page(path).cacheControl()).as(path).startsWith("public, max-age=60");
            assertThat(preview.page(path).cacheControl()).as(path).isEqualTo("no-store");
        }
        assertThat(text(served.page("/articles/new"))).doesNotContain("preview");
        assertThat(served.pages().keySet()).noneMatch(path -> path.contains("preview"));
        assertThat(text(preview.page("/articles/new"))).containsPattern("<script src=\"/assets/preview-[0-9a-f]{32}\\.js\" defer>");
        assertThat(preview.pages().keySet()).anyMatch(path -> path.matches("/assets/preview-[0-9a-f]{32}\\.js"));
    }

    @Test
    void withErrorsTheServedSiteHasNoBuildButThePreviewShowsThemAll() {
        ContentFile broken = file("articles/broken.md", "---\ntitle: B\ndate: 2025-13-01\n---\nx\n");

        assertThat(SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW, broken), SiteBuild.NONE).site())
                .isNull();
        Site preview = SiteTestSupport.builder(true).build(SiteTestSupport.source(NEW, broken), SiteBuild.NONE).site();
        assertThat(text(preview.page("/articles/new"))).contains("banner--errors", "articles/broken.md:3: エラー：date");
        assertThat(text(preview.page("/articles/broken"))).contains("この記事はまだ表示できません");
    }

    @Test
    void articlePageIsAJapaneseDocumentWithItsStylesheetFingerprinted() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        String page = text(site.page("/articles/new"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">", "<title>New｜zadankai</title>")
                .doesNotContain("<script>");
        String css = page.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        assertThat(css).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(site.page(css).cacheControl()).contains("immutable");
        assertThat(site.page(css).contentType()).startsWith("text/css");
    }

    @Test
    void allStylesAndScriptsOfAPageWeighAtMostTwentyKilobytesCompressed() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        int compressed = site.pages().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(".css") || entry.getKey().endsWith(".js"))
                .mapToInt(entry -> entry.getValue().gzip().length).sum();
        assertThat(compressed).isPositive().isLessThanOrEqualTo(20 * 1024);
    }

    @Test
    void articleWithoutCoverGetsATypographicCover() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        assertThat(text(site.page("/articles/new"))).contains("cover__generated").doesNotContain("cover__image");
    }

    @Test
    void mediaIsServedWithItsTypeAndCoverLinksToIt() {
        ContentFile cover = new ContentFile("media/c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        ContentFile article = file("articles/a.md", "---\ntitle: A\ncover: media/c.png\n---\nx\n");

        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(cover, article), SiteBuild.NONE).site();

        assertThat(site.page("/media/c.png").contentType()).isEqualTo("image/png");
        assertThat(site.page("/media/c.png").body()).isEqualTo(cover.bytes());
        assertThat(text(site.page("/articles/a"))).contains("<img class=\"cover__image\" src=\"/media/c.png\"");
    }

    @Test
    void coverThatDoesNotExistIsAnErrorAndNoSiteIsBuilt() {
        SiteBuild build = SiteTestSupport.builder(false).build(SiteTestSupport.source(file("articles/a.md", "---\ntitle: A\ncover: media/x.jpg\n---\n")), SiteBuild.NONE);

        assertThat(build.site()).isNull();
        assertThat(build.errors()).extracting(ContentProblem::toString).singleElement().asString()
                .startsWith("articles/a.md:1: エラー：cover");
    }

    @Test
    void everyPageHasAStrongEtagAndACompressedCopy() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        for (String path : List.of("/", "/articles/new")) {
            Page page = site.page(path);
            assertThat(page.etag()).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(page.gzip()).isNotNull();
            assertThat(page.gzip().length).isLessThan(page.body().length);
        }
    }

    @Test
    void rebuildRendersOnlyThePagesWhoseInputsChanged() {
        SiteBuilder builder = SiteTestSupport.builder(false);
        SiteBuild firstBuild = builder.build(SiteTestSupport.source(OLD, NEW, UNDATED), SiteBuild.NONE);
        Site first = firstBuild.site();
        ContentFile edited = file("articles/new.md", "---\ntitle: New\ndate: 2024-01-01\n---\nnew, edited\n");

        Site second = builder.build(SiteTestSupport.source(OLD, edited, UNDATED), firstBuild).site();

        assertThat(second.page("/articles/old")).isSameAs(first.page("/articles/old"));
        assertThat(second.page("/articles/undated")).isSameAs(first.page("/articles/undated"));
        assertThat(second.errorPage(404)).isSameAs(first.errorPage(404));
        assertThat(second.page("/articles/new")).isNotSameAs(first.page("/articles/new"));
        assertThat(text(second.page("/articles/new"))).contains("new, edited");
        assertThat(text(second.page("/"))).contains("new, edited");
    }

    @Test
    void errorPagesAreTheSitesOwn() {
        Site site = SiteTestSupport.builder(false).build(SiteTestSupport.source(NEW), SiteBuild.NONE).site();

        assertThat(text(site.errorPage(404))).contains("<html lang=\"ja\">", "404");
        assertThat(text(site.errorPage(500))).contains("500");
        assertThat(text(site.errorPage(418))).contains("400");
    }
}

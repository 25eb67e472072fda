package jp.zadankai.site;

import static jp.zadankai.TestContent.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.zadankai.content.ContentFile;

/** What a reader of a note-style page gets around the text: contents, links, series, tags, sharing, feeds. */
class ReaderFeaturesTests {
    private static final String PEOPLE = "participants:\n  - {name: 森田 泰子, group: A}\n"
            + "  - {name: 宮坂 学, group: B}\n";
    private static final ContentFile PART_1 = file("articles/part-1.md", "---\ntitle: 前編\ndate: 2022-08-22\n"
            + "tags: [DX, 東京都]\nseries: {name: 座談会, part: 1, of: 2}\n" + PEOPLE + "---\n"
            + "議題\n① 推進方針\n② 要望\n\n③ 人材の育成\n\n"
            + "## 推進方針\n\n森田: 一。\n\n## 要望\n\n宮坂: 二。\n");
    private static final ContentFile PART_2 = file("articles/part-2.md", "---\ntitle: 後編\n"
            + "tags: [DX]\nseries: {name: 座談会, part: 2, of: 2}\n---\n"
            + "## 人材の育成\n\n本文。\n");
    private static final ContentFile OTHER = file("articles/other.md", "---\ntitle: Other\ntags: [練馬区]\n---\nx\n");

    private static Site site(ContentFile... files) {
        SiteBuild build = SiteTestSupport.builder(false).build(SiteTestSupport.source(files), SiteBuild.NONE);
        assertThat(build.errors()).isEmpty();
        return build.site();
    }

    private static String page(Site site, String path) {
        assertThat(site.page(path)).as(path).isNotNull();
        return new String(site.page(path).body(), StandardCharsets.UTF_8);
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return found;
    }

    static void assertEveryFragmentLinkHasItsTarget(String html) {
        Set<String> ids = new HashSet<>(all(Pattern.compile(" id=\"([^\"]+)\""), html));
        List<String> fragments = all(Pattern.compile(" href=\"#([^\"]*)\""), html);
        assertThat(fragments).isNotEmpty();
        assertThat(fragments).allSatisfy(fragment -> assertThat(ids).contains(fragment));
    }

    @Test
    void everyFragmentLinkOnTheArticlePointsAtAnExistingId() {
        assertEveryFragmentLinkHasItsTarget(page(site(PART_1, PART_2), "/articles/part-1"));
    }

    @Test
    void tableOfContentsLinksEveryH2AndH3InOneFoldForNarrowScreens() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            body.append("## 節").append(i).append("\n\n### 小").append(i).append("\n\n#### 細").append(i).append("\n\n");
        }
        String html = page(site(file("articles/long.md", "---\ntitle: L\n---\n" + body)), "/articles/long");

        String toc = html.substring(html.indexOf("<nav class=\"toc\""), html.indexOf("</nav>", html.indexOf("<nav class=\"toc\"")));
        List<String> links = all(Pattern.compile("href=\"#([^\"]+)\""), toc);
        assertThat(links).hasSize(14).doesNotContain("細1");
        assertThat(toc).contains("<details class=\"toc__fold\">", "<summary class=\"toc__title\" id=\"toc-title\">目次</summary>");
    }

    @Test
    void headingsAndContentsShowTheAgendaNumberOfTheirSection() {
        String html = page(site(PART_1, PART_2), "/articles/part-1");

        assertThat(html).contains("<h2 id=\"推進方針\" data-agenda=\"①\">", "<h2 id=\"要望\" data-agenda=\"②\">")
                .contains("<a href=\"#推進方針\"><span class=\"toc__number\">①</span>");
    }

    @Test
    void agendaLinksItemsToTheirSectionsAndToTheOtherPartWhenPublished() {
        String html = page(site(PART_1, PART_2), "/articles/part-1");

        assertThat(html).contains("<a href=\"#推進方針\">① 推進方<wbr>針</a>")
                .contains("<a href=\"#要望\">② 要望</a>")
                .contains("③ 人材の<wbr>育成<span class=\"agenda__elsewhere\">"
                        + "（<a href=\"/articles/part-2#人材の育成\">第2回で掲載</a>）</span>");
    }

    @Test
    void agendaSaysWhenTheOtherPartIsNotPublishedYet() {
        String html = page(site(PART_1), "/articles/part-1");

        assertThat(html).contains("③ 人材の<wbr>育成<span class=\"agenda__elsewhere\">"
                + "（第2回で掲載予定）</span>");
    }

    @Test
    void everyTurnHasAStableIdAndAPermalinkToIt() {
        String html = page(site(PART_1, PART_2), "/articles/part-1");

        List<String> ids = all(Pattern.compile("<section class=\"turn[^\"]*\" id=\"([^\"]+)\""), html);
        assertThat(ids).containsExactly("turn-1", "turn-2");
        for (String id : ids) {
            assertThat(HtmlUtils.htmlUnescape(html)).containsPattern("<a class=\"turn__permalink\" href=\"#" + id
                    + "\" aria-label=\"\\S+の発言（"
                    + id.substring("turn-".length()) + "）へのリンク\">");
        }
        assertThat(page(site(PART_1, PART_2), "/articles/part-1")).isEqualTo(html);
    }

    @Test
    void readingTimeIsCountedInCharacters() {
        String body = "あ".repeat(1_500);
        String html = page(site(file("articles/r.md", "---\ntitle: R\n---\n" + body + "\n")), "/articles/r");

        assertThat(html).contains("約3分で読めます（1,500字）");
    }

    @Test
    void seriesShowsThePositionAndLinksThePublishedParts() {
        Site both = site(PART_1, PART_2);
        assertThat(page(both, "/articles/part-1")).contains("第1回（全2回）")
                .contains("<a href=\"/articles/part-2\"><span class=\"series__label\">第2回</span>");
        assertThat(page(both, "/articles/part-2")).contains("第2回（全2回）")
                .contains("<a href=\"/articles/part-1\">");

        ContentFile draft2 = file("articles/part-2.md", "---\ntitle: 後編\ndraft: true\n"
                + "series: {name: 座談会, part: 2, of: 2}\n---\nx\n");
        assertThat(page(site(PART_1, draft2), "/articles/part-1")).doesNotContain("/articles/part-2")
                .contains("series__unpublished");
    }

    @Test
    void tagsArePillsLinkingToPercentEncodedTagPages() {
        Site site = site(PART_1, PART_2, OTHER);

        assertThat(page(site, "/articles/part-1"))
                .contains("<a class=\"tag\" href=\"/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD\">#東京都</a>");
        String tagPage = page(site, "/tags/DX");
        assertThat(tagPage).contains("href=\"/articles/part-1\"", "href=\"/articles/part-2\"")
                .doesNotContain("/articles/other");
        assertThat(page(site, "/tags/東京都")).contains("/articles/part-1").doesNotContain("part-2");
        assertThat(site.page("/tags/nope")).isNull();
    }

    @Test
    void shareLinksArePlainLinksAndScriptsComeOnlyFromTheSite() {
        String html = page(site(PART_1), "/articles/part-1");
        String url = "https%3A%2F%2Fzadankai.example%2Farticles%2Fpart-1";

        assertThat(html).contains("href=\"https://x.com/intent/post?text=", "&amp;url=" + url,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "https://social-plugins.line.me/lineit/share?url=" + url,
                "https://b.hatena.ne.jp/add?mode=confirm&amp;url=" + url);
        assertThat(all(Pattern.compile("<script[^>]* src=\"([^\"]+)\""), html))
                .allMatch(src -> src.startsWith("/assets/"));
        assertThat(html).contains("data-copy-link=\"https://zadankai.example/articles/part-1\"");
    }

    @Test
    void supportBoxIsHiddenWhenNoLinkIsSet() {
        assertThat(page(site(PART_1), "/articles/part-1")).doesNotContain("class=\"support\"");
    }

    @Test
    void metadataUsesTheConfiguredBaseUrl() throws Exception {
        String html = page(site(PART_1), "/articles/part-1");

        // The title's separator is note's full-width vertical line, pinned by code point: ASCII | looks the same.
        assertThat(html).contains("<title>前編\uFF5Czadankai</title>",
                "<link rel=\"canonical\" href=\"https://zadankai.example/articles/part-1\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:url\" content=\"https://zadankai.example/articles/part-1\">",
                "<meta property=\"article:published_time\" content=\"2022-08-22\">",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                "<meta name=\"description\"", "<meta property=\"og:description\"",
                "<link rel=\"alternate\" type=\"application/atom+xml\"");
        assertThat(html).containsPattern("<meta property=\"og:image\" content=\"https://zadankai.example/assets/sharing-[0-9a-f]{32}\\.png\">");

        JsonNode json = JsonMapper.builder().build().readTree(
                all(Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>"), html).get(0));
        assertThat(json.get("@type").asString()).isEqualTo("Article");
        assertThat(json.get("headline").asString()).isEqualTo("前編");
        assertThat(json.get("datePublished").asString()).isEqualTo("2022-08-22");
    }

    @Test
    void undatedArticleClaimsNoPublicationDate() {
        String html = page(site(PART_2), "/articles/part-2");

        assertThat(html).doesNotContain("article:published_time").doesNotContain("datePublished")
                .doesNotContain("<time");
    }

    @Test
    void dayTheRoundtableWasHeldIsInTheBylineJsonLdAndFeedButIsNoPublicationDate() throws Exception {
        ContentFile held = file("articles/held.md", "---\ntitle: 実施日\nheld: 2022-08-22\n---\n本文。\n");
        Site site = site(held, PART_2);
        String html = page(site, "/articles/held");

        assertThat(html).contains("<time class=\"byline__held\" datetime=\"2022-08-22\">座談会実施 2022年8月22日</time>")
                .doesNotContain("datePublished").doesNotContain("article:published_time");
        JsonNode json = JsonMapper.builder().build().readTree(
                all(Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>"), html).get(0));
        assertThat(json.get("about").get("@type").asString()).isEqualTo("Event");
        assertThat(json.get("about").get("startDate").asString()).isEqualTo("2022-08-22");
        Document feed = xml(site.page("/feed.xml"));
        assertThat(texts(feed, "//*[local-name()='entry']/*[local-name()='content']"))
                .containsExactly("座談会実施 2022年8月22日\n\n本文。");
        assertThat(texts(feed, "//*[local-name()='entry']/*[local-name()='published']")).isEmpty();
        assertThat(page(site, "/articles/part-2")).doesNotContain("座談会実施").doesNotContain("\"about\"");
    }

    private static Document xml(Page page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.body()));
    }

    private static List<String> texts(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void feedIsAtomWithEveryPublishedArticle() throws Exception {
        ContentFile draft = file("articles/wip.md", "---\ntitle: Wip\ndraft: true\n---\nx\n");
        Site site = site(PART_1, PART_2, draft);

        Document feed = xml(site.page("/feed.xml"));

        assertThat(site.page("/feed.xml").contentType()).startsWith("application/atom+xml");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(Feeds.ATOM);
        assertThat(texts(feed, "/*[local-name()='feed']/*[local-name()='entry']/*[local-name()='id']"))
                .containsExactly("https://zadankai.example/articles/part-1", "https://zadankai.example/articles/part-2");
        assertThat(texts(feed, "//*[local-name()='entry']/*[local-name()='published']"))
                .containsExactly("2022-08-21T15:00:00Z");
        assertThat(texts(feed, "//*[local-name()='entry']/*[local-name()='updated']")).hasSize(2)
                .allMatch(updated -> !updated.isBlank());
    }

    @Test
    void sitemapListsTheIndexTagsAndArticlesAndRobotsNamesIt() throws Exception {
        Site site = site(PART_1, OTHER);

        Document sitemap = xml(site.page("/sitemap.xml"));

        assertThat(texts(sitemap, "//*[local-name()='loc']")).containsExactlyInAnyOrder(
                "https://zadankai.example/", "https://zadankai.example/tags/DX",
                "https://zadankai.example/tags/%E6%9D%B1%E4%BA%AC%E9%83%BD",
                "https://zadankai.example/tags/%E7%B7%B4%E9%A6%AC%E5%8C%BA",
                "https://zadankai.example/articles/part-1", "https://zadankai.example/articles/other");
        assertThat(new String(site.page("/robots.txt").body(), StandardCharsets.UTF_8))
                .contains("Sitemap: https://zadankai.example/sitemap.xml");
    }

    @Test
    void faviconIsAnIcoWithA32PixelPngInside() throws Exception {
        Page favicon = site(OTHER).page("/favicon.ico");

        assertThat(favicon.contentType()).isEqualTo("image/x-icon");
        assertThat(favicon.body()).startsWith(0, 0, 1, 0, 1, 0);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(favicon.body(), 22, favicon.body().length - 22));
        assertThat(png.getWidth()).isEqualTo(32);
        assertThat(png.getHeight()).isEqualTo(32);
        assertThat(png.getRGB(0, 0) >>> 24).as("rounded corner").isLessThan(128);
        assertThat(png.getRGB(16, 2) >>> 24).isEqualTo(255);
    }

    @Test
    void sharingImageIsA1200By630Png() throws Exception {
        Site site = site(OTHER);
        String path = all(Pattern.compile("<meta property=\"og:image\" content=\"https://zadankai.example([^\"]+)\">"),
                page(site, "/articles/other")).get(0);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(site.page(path).body()));

        assertThat(site.page(path).contentType()).isEqualTo("image/png");
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void stylesheetHasDarkModeAndAPrintStyleWithoutNavigation() {
        Site site = site(OTHER);
        String cssPath = all(Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\""), page(site, "/")).get(0);
        String css = new String(site.page(cssPath).body(), StandardCharsets.UTF_8);

        assertThat(css).contains("@media (prefers-color-scheme: dark)");
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).contains(".share", ".toc", ".site-header", "attr(href)");
    }
}

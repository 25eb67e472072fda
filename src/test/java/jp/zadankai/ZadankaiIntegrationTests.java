package jp.zadankai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.HtmlUtils;

/** The whole application on a random port, serving the bundled content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "zadankai.site.support-url=https://zadankai.example/support")
@Import(WireClient.class)
class ZadankaiIntegrationTests {
    private static final String ARTICLE = "/articles/nerima-tokyo-cio-roundtable-1";
    /** The source's speaker lines: 練馬区CIO:森田(以下「森田」), 森田, 宮坂 ... */
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            "^(?:[^:]+:)?(\\S+?)(?:\\(以下「\\S+」\\))?$");
    /** The source's roster lines, role then name: 練馬区CIO(副区長):森田 泰子. The page sets them name first. */
    private static final Pattern ROSTER_LINE = Pattern.compile("^(\\S+):(\\S+ \\S+)$");
    private static final Pattern TURN = Pattern.compile(
            "<div class=\"turn__words\" data-speaker=\"([^\"]+)\">(.*?)</div>", Pattern.DOTALL);

    @Autowired
    RestTestClient http;

    private EntityExchangeResult<String> fetch(String path) {
        return http.get().uri(path).exchange().returnResult(String.class);
    }

    private static String source() throws IOException {
        return new ClassPathResource("source/nerima-tokyo-cio-roundtable-1.txt")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * What a reader reads: tags dropped, entities decoded, no whitespace (the source indents its paragraphs), and
     * full-width forms folded to ASCII. The source is half-width throughout (参加者(敬称略), 応援しよう!) while the
     * interface's own words follow JTF (参加者（敬称略）, 応援しよう！): folded, the two compare where they meet, and the
     * article's text, which is the source's own, is still compared character for character.
     */
    private static String readable(String html) {
        return fold(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("[\\s\u3000]+", ""));
    }

    /** U+FF01–U+FF5E, the full-width forms of ASCII (！ to ～), as ASCII; nothing else changes. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.chars().forEach(c -> folded.append((char) (c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)));
        return folded.toString();
    }

    @Test
    void indexListsTheArticle() throws Exception {
        EntityExchangeResult<String> index = fetch("/");

        assertThat(index.getStatus().value()).isEqualTo(200);
        assertThat(index.getResponseBody()).contains("<html lang=\"ja\">", "href=\"" + ARTICLE + "\"");
        assertThat(readable(index.getResponseBody())).contains(readable(source().lines().toList().get(2)));
    }

    @Test
    void articlePageCarriesEverySentenceOfTheSource() throws Exception {
        String page = readable(fetch(ARTICLE).getResponseBody());
        List<String> missing = new ArrayList<>();
        for (String line : source().lines().toList()) {
            String text = line.strip();
            // 見出し画像 is the place of the header image, which the page draws; the speaker lines are the turns'
            // labels (checked below); the roster's lines are there name first. Everything else, the support prompt
            // included, must be there word for word.
            if (text.isEmpty() || text.equals("見出し画像") || isSpeakerLine(text)) {
                continue;
            }
            Matcher roster = ROSTER_LINE.matcher(text);
            if (roster.matches()) {
                if (!page.contains(readable(roster.group(2)) + readable(roster.group(1)))) {
                    missing.add(text);
                }
                continue;
            }
            for (String sentence : text.split("(?<=[。!])")) {
                if (!page.contains(readable(sentence))) {
                    missing.add(sentence);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The page is compared to the source with full-width forms folded; the article file itself is not: every
     * sentence of the source but the lines the interface draws (the header image's place, the roster, the speaker
     * lines, the support prompt) is in it character for character, half-width brackets and all.
     */
    @Test
    void theArticleFileKeepsTheSourcesCharactersUnfolded() throws Exception {
        String article = Files.readString(Path.of("content/articles/nerima-tokyo-cio-roundtable-1.md"))
                .replaceAll("\\s+", "");
        Set<String> drawnByTheInterface = Set.of("見出し画像", "参加者(敬称略)", "いいなと思ったら応援しよう!");
        List<String> missing = new ArrayList<>();
        for (String line : source().lines().map(String::strip).toList()) {
            if (line.isEmpty() || drawnByTheInterface.contains(line) || isSpeakerLine(line)
                    || ROSTER_LINE.matcher(line).matches()) {
                continue;
            }
            for (String sentence : line.split("(?<=[。!])")) {
                if (!article.contains(sentence.replaceAll("\\s+", ""))) {
                    missing.add(sentence);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(fold("参加者（敬称略）応援しよう！")).as("U+FF08, U+FF09, U+FF01 fold")
                .isEqualTo("参加者(敬称略)応援しよう!");
        assertThat("（）！".codePoints().toArray()).containsExactly(0xFF08, 0xFF09, 0xFF01);
    }

    @Test
    void everyUtteranceOfTheSourceIsInATurnOfItsSpeaker() throws Exception {
        String html = fetch(ARTICLE).getResponseBody();
        List<String[]> turns = new ArrayList<>();
        Matcher m = TURN.matcher(html);
        while (m.find()) {
            turns.add(new String[] {m.group(1), readable(m.group(2))});
        }
        List<String> lines = source().lines().map(String::strip).toList();
        String speaker = null;
        int checked = 0;
        for (String line : lines) {
            if (isSpeakerLine(line)) {
                Matcher label = SPEAKER_LINE.matcher(line);
                label.matches();
                speaker = label.group(1);
            } else if (line.isEmpty() || line.startsWith("―") || line.startsWith("前半")
                    || html.contains(">" + line + "</h2>") || html.contains(">" + line + "</h3>")) {
                speaker = line.isEmpty() ? speaker : null;
            } else if (speaker != null) {
                String who = speaker;
                assertThat(turns).as("utterance of %s: %s", who, line)
                        .anySatisfy(turn -> {
                            assertThat(turn[0]).isEqualTo(who);
                            assertThat(turn[1]).contains(readable(line));
                        });
                checked++;
            }
        }
        assertThat(checked).as("utterance lines in the source").isEqualTo(21);
        assertThat(turns).extracting(turn -> turn[0]).containsOnly("森田", "宮坂");
    }

    private static boolean isSpeakerLine(String line) {
        Matcher m = SPEAKER_LINE.matcher(line);
        return m.matches() && (m.group(1).equals("森田") || m.group(1).equals("宮坂"));
    }

    /** The source gives no publication date but the day it was held, in the Japanese era: the byline says it. */
    @Test
    void bylineGivesTheDayTheSourceSaysTheRoundtableWasHeld() throws Exception {
        String era = JapaneseEra.REIWA.getDisplayName(TextStyle.FULL, Locale.JAPAN);
        Matcher day = Pattern.compile(era + "(\\d+)年(\\d+)月(\\d+)日に").matcher(source());
        assertThat(day.find()).isTrue();
        LocalDate held = LocalDate.from(JapaneseDate.of(JapaneseEra.REIWA, Integer.parseInt(day.group(1)),
                Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3))));

        String html = fetch(ARTICLE).getResponseBody();

        assertThat(held).isEqualTo(LocalDate.of(2022, 8, 22));
        assertThat(html).contains("<time class=\"byline__held\" datetime=\"" + held + "\">")
                .contains("\"startDate\":\"" + held + "\"")
                .doesNotContain("datePublished");
    }

    @Test
    void articlePageReadsLikeANoteArticle() {
        EntityExchangeResult<String> response = fetch(ARTICLE);
        String html = response.getResponseBody();

        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseHeaders().getFirst("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(html).contains("<html lang=\"ja\">", "class=\"cover__generated\"", "<h1 class=\"article__title\">",
                "class=\"roster\"", "class=\"agenda\"", "class=\"question\"", "class=\"note\"",
                "第1回（全2回）", "href=\"https://zadankai.example/support\"");
        // Each share link's name says what it does, not only where it goes.
        assertThat(html).contains("aria-label=\"Xでシェア\">X</a>", "aria-label=\"LINEで送る\">LINE</a>",
                "aria-label=\"はてなブックマークに追加\">はてなブックマーク</a>");
        // The interface's words in JTF style, where the source has half-width forms.
        assertThat(HtmlUtils.htmlUnescape(html)).contains("参加者（敬称略）", "いいなと思ったら応援しよう！", "フィード（Atom）");
        assertThat(html.split("<time", -1)).as("only the day the roundtable was held").hasSize(2);
        assertThat(html.split("<script", -1)).hasSize(4);
        assertThat(html).contains("<script type=\"application/ld+json\">")
                .containsPattern("<script src=\"/assets/share-[0-9a-f]{32}\\.js\" defer></script>")
                .containsPattern("<script src=\"/assets/like-[0-9a-f]{32}\\.js\" defer></script>");
        assertThat(html.indexOf("class=\"roster\"")).isLessThan(html.indexOf("class=\"agenda\""));
        assertThat(html.indexOf("class=\"agenda\"")).isLessThan(html.indexOf("<h2"));
    }

    @Test
    void everyFragmentLinkOnTheArticlePointsAtAnExistingId() {
        jp.zadankai.site.ReaderFeaturesTestsAccess
                .assertEveryFragmentLinkHasItsTarget(fetch(ARTICLE).getResponseBody());
    }

    @Test
    void forgedHostHeaderNeverReachesThePage() {
        // Asked for at 127.0.0.1, not localhost, so that a page built from the request would show that host too.
        String page = http.get().uri(uri -> uri.host("127.0.0.1").path(ARTICLE).build())
                .header("X-Forwarded-Host", "evil.example").exchange().returnResult(String.class).getResponseBody();

        assertThat(page).doesNotContain("evil.example").doesNotContain("127.0.0.1")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + ARTICLE + "\">");
    }

    @Test
    void japaneseTagPageIsServedAndAMissingTagIsNotFound() {
        assertThat(fetch("/tags/東京都").getResponseBody()).contains("href=\"" + ARTICLE + "\"");
        assertThat(fetch("/tags/大阪").getStatus().value()).isEqualTo(404);
    }

    @Test
    void unknownSlugIsTheSitesOwnNotFoundPage() {
        EntityExchangeResult<String> response = fetch("/articles/no-such-article");

        assertThat(response.getStatus().value()).isEqualTo(404);
        assertThat(response.getResponseBody()).contains("<html lang=\"ja\">", "error-page").doesNotContain("Whitelabel")
                .doesNotContain("Exception");
    }

    @Test
    void unknownPathsAndOddUrlsGetTheSitesOwnPages() {
        for (String path : List.of("/nope", "/articles/", "/articles/NERIMA", "/media/../pom.xml", "/あ")) {
            EntityExchangeResult<String> response = fetch(path);
            assertThat(response.getStatus().value()).as(path).isBetween(400, 404);
            assertThat(response.getResponseBody()).as(path).contains("error-page").doesNotContain("Whitelabel");
        }
    }
}

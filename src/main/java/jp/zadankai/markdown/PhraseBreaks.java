package jp.zadankai.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a short Japanese text (a title, a 目次 entry, a role) may break between phrases, written as {@code <wbr>}
 * for pages set with {@code word-break: keep-all}: browsers without {@code auto-phrase} (Firefox, Safari) then
 * break 「東京都CIO(副知事)」 between phrases and never inside 東京都.
 *
 * <p>The scoring is BudouX's (Apache-2.0), with its Japanese model from the npm package {@code budoux} 0.7.0
 * ({@code dist/data/models/ja.js} written out as {@code budoux/ja.json}): the model Chromium's
 * {@code auto-phrase} itself uses, so Chromium and the {@code <wbr>} agree. Chosen over Lucene's Kuromoji
 * analyser by start-up cost and by what each gets right on the article's own short texts (figures in src/bench/README.md).
 */
public final class PhraseBreaks {
    private static final String MODEL = "/budoux/ja.json";
    /** The feature templates: a name and the offsets, around a boundary i, of the characters it reads. */
    private static final String[] FEATURES = {"UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3",
            "TW1", "TW2", "TW3", "TW4"};
    private static final int[][] SPANS = {{-3, -2}, {-2, -1}, {-1, 0}, {0, 1}, {1, 2}, {2, 3}, {-2, 0}, {-1, 1},
            {0, 2}, {-3, 0}, {-2, 1}, {-1, 2}, {0, 3}};
    private static final Pattern TAG_OR_TEXT = Pattern.compile("(<[^>]*>)|([^<]+)");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private final List<Map<String, Integer>> model;
    /** The sum of every feature's score: BudouX starts each boundary at minus half of it. */
    private final long total;

    private PhraseBreaks(Map<String, Map<String, Integer>> features) {
        List<Map<String, Integer>> model = new ArrayList<>();
        long sum = 0;
        for (String feature : FEATURES) {
            Map<String, Integer> scores = features.getOrDefault(feature, Map.of());
            model.add(Map.copyOf(scores));
            sum += scores.values().stream().mapToInt(Integer::intValue).sum();
        }
        this.model = List.copyOf(model);
        this.total = sum;
    }

    /** BudouX's Japanese model, read from the jar once, on first use (17 KB). */
    public static PhraseBreaks japanese() {
        return Japanese.MODEL;
    }

    /** Loaded by the JVM when first touched, once, whichever thread gets there first. */
    private static final class Japanese {
        static final PhraseBreaks MODEL = load();
    }

    private static PhraseBreaks load() {
        try (InputStream in = PhraseBreaks.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MODEL);
            }
            return new PhraseBreaks(JsonMapper.builder().build().readValue(in, new TypeReference<>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offsets (in UTF-16 units, as BudouX counts) before which a phrase starts. */
    public List<Integer> boundaries(String text) {
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            // Twice BudouX's score, so its base score (minus half the total) stays whole: only the sign matters.
            long score = -total;
            for (int f = 0; f < FEATURES.length; f++) {
                score += 2L * model.get(f).getOrDefault(substring(text, i + SPANS[f][0], i + SPANS[f][1]), 0);
            }
            if (score > 0) {
                boundaries.add(i);
            }
        }
        return boundaries;
    }

    /** The text, HTML-escaped, with {@code <wbr>} at each phrase boundary. */
    public String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int boundary : boundaries(text)) {
            if (Character.isWhitespace(text.charAt(boundary - 1)) || Character.isWhitespace(text.charAt(boundary))) {
                continue; // a space is a break opportunity already
            }
            html.append(escape(text.substring(start, boundary))).append("<wbr>");
            start = boundary;
        }
        return html.append(escape(text.substring(start))).toString();
    }

    /** Sanitised HTML with {@code <wbr>} in its text: each run of text between two tags is one phrase sequence. */
    public String inHtml(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        Matcher m = TAG_OR_TEXT.matcher(html);
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : html(unescape(m.group(2))));
        }
        return out.toString();
    }

    /** JavaScript's substring, which BudouX relies on: indices clamped to the text, and swapped when reversed. */
    private static String substring(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(0, Math.min(end, text.length()));
        return from <= to ? text.substring(from, to) : text.substring(to, from);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }


    private static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(entity -> {
            String name = entity.group(1);
            String decoded = NAMED.get(name);
            if (decoded == null) {
                int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                decoded = Character.toString(codePoint);
            }
            return Matcher.quoteReplacement(decoded);
        });
    }
}

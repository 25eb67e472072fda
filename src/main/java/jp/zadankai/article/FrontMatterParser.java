package jp.zadankai.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.dialogue.Speaker;

/**
 * Splits a Markdown file into front matter and body and reads the front matter with SnakeYAML (flexmark's
 * front-matter extension is not a YAML parser). Every problem names the file and the line, in Japanese, for the
 * editor; none of them throws.
 */
final class FrontMatterParser {
    static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Set<String> FIELDS = Set.of("title", "slug", "date", "updated", "description", "author",
            "cover", "tags", "series", "draft", "participants");

    /**
     * The body and where it starts, with the front matter read (null when it has errors).
     *
     * @param fieldLines the line of each front matter field in the file
     */
    record Split(FrontMatter frontMatter, String body, int bodyLine, Map<String, Integer> fieldLines) {
    }

    Split parse(String path, String text, List<ContentProblem> problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(ContentProblem.error(path, 1,
                    "フロントマターがありません: "
                            + "1行目を --- にして title などを書いてください"));
            return new Split(null, text, 1, Map.of());
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(ContentProblem.error(path, 1,
                    "フロントマターが閉じていません: "
                            + "終わりの --- がありません"));
            return new Split(null, "", 1, Map.of());
        }
        String yamlText = String.join("\n", java.util.Arrays.asList(lines).subList(1, end));
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length));
        int bodyLine = end + 2;
        Fields fields = readYaml(path, yamlText, problems);
        if (fields == null) {
            return new Split(null, body, bodyLine, Map.of());
        }
        int errorsBefore = ContentProblem.errorsIn(problems).size();
        FrontMatter frontMatter = toFrontMatter(path, fields, problems);
        return new Split(ContentProblem.errorsIn(problems).size() > errorsBefore ? null : frontMatter, body, bodyLine,
                Map.copyOf(fields.lines()));
    }

    /** The YAML mapping with each key's line in the file (the front matter starts on line 2). */
    private record Fields(String path, Map<String, Object> values, Map<String, Integer> lines) {
        int line(String key) {
            return lines.getOrDefault(key, 1);
        }
    }

    private Fields readYaml(String path, String yamlText, List<ContentProblem> problems) {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false);
        loaderOptions.setMaxAliasesForCollections(10);
        loaderOptions.setCodePointLimit(1_000_000);
        Yaml yaml = new Yaml(new SafeConstructor(loaderOptions));
        try {
            Node root = yaml.compose(new java.io.StringReader(yamlText));
            Object loaded = yaml.load(yamlText);
            if (loaded == null) {
                loaded = Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(ContentProblem.error(path, 2,
                        "フロントマターは 「項目: 値」 "
                                + "の形で書いてください"));
                return null;
            }
            Map<String, Object> values = new HashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            Map<String, Integer> keyLines = new HashMap<>();
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        keyLines.put(key.getValue(), key.getStartMark().getLine() + 2);
                    }
                }
            }
            return new Fields(path, values, keyLines);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(ContentProblem.error(path, line,
                    "フロントマターの YAML が読めません ("
                            + problem + ")"));
            return null;
        } catch (YAMLException e) {
            problems.add(ContentProblem.error(path, 2,
                    "フロントマターの YAML が読めません ("
                            + e.getMessage() + ")"));
            return null;
        }
    }

    private FrontMatter toFrontMatter(String path, Fields fields, List<ContentProblem> problems) {
        for (String key : fields.values().keySet()) {
            if (!FIELDS.contains(key)) {
                problems.add(ContentProblem.warning(path, fields.line(key),
                        "知らない項目です: " + key + " (使える項目: "
                                + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")"));
            }
        }
        String title = string(fields, "title", problems);
        if (title == null || title.isBlank()) {
            problems.add(ContentProblem.error(path, fields.lines().containsKey("title") ? fields.line("title") : 1,
                    "title (タイトル) がありません"));
        }
        String slug = string(fields, "slug", problems);
        if (slug == null) {
            slug = defaultSlug(path);
        }
        if (!SLUG.matcher(slug).matches()) {
            problems.add(ContentProblem.error(path, fields.line("slug"),
                    "slug 「" + slug + "」 には半角の小文字 a-z、"
                            + "数字 0-9、- だけが使えます"
                            + (fields.values().containsKey("slug") ? ""
                            : " (slug を書かないときはファイル名が使われます)")));
        }
        LocalDate date = date(fields, "date", problems);
        LocalDate updated = date(fields, "updated", problems);
        String description = string(fields, "description", problems);
        String author = string(fields, "author", problems);
        String cover = string(fields, "cover", problems);
        List<String> tags = tags(fields, problems);
        Series series = series(fields, problems);
        boolean draft = draft(fields, problems);
        List<Speaker> participants = participants(fields, problems);
        return new FrontMatter(title == null ? null : title.strip(), slug, date, updated, description, author,
                cover == null ? null : stripLeadingSlash(cover), tags, series, draft, participants);
    }

    static String defaultSlug(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String string(Fields fields, String key, List<ContentProblem> problems) {
        Object value = fields.values().get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(ContentProblem.error(fields.path(), fields.line(key),
                    key + " は文字列で書いてください"));
            return null;
        }
        return String.valueOf(value);
    }

    private static LocalDate date(Fields fields, String key, List<ContentProblem> problems) {
        Object value = fields.values().get(key);
        if (value == null) {
            return null;
        }
        // YAML 1.1 reads an unquoted 2022-08-22 as a timestamp at midnight UTC.
        if (value instanceof Date when) {
            return when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problems.add(ContentProblem.error(fields.path(), fields.line(key),
                    key + " 「" + value + "」 は日付として読めません"
                            + ": YYYY-MM-DD (例 2022-08-22) で書いてください"));
            return null;
        }
    }

    private static List<String> tags(Fields fields, List<ContentProblem> problems) {
        Object value = fields.values().get("tags");
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> tags = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                problems.add(ContentProblem.error(fields.path(), fields.line("tags"),
                        "tags は文字列のリストで書いてください (例 [DX, CIO])"));
                return List.of();
            }
            String tag = String.valueOf(item).strip();
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static Series series(Fields fields, List<ContentProblem> problems) {
        Object value = fields.values().get("series");
        if (value == null) {
            return null;
        }
        String usage = "series は name, part, of を書いてください "
                + "(例 name: 座談会, part: 1, of: 2)";
        if (!(value instanceof Map<?, ?> map) || map.get("name") == null
                || !(map.get("part") instanceof Integer part) || !(map.get("of") instanceof Integer of)
                || part < 1 || of < part) {
            problems.add(ContentProblem.error(fields.path(), fields.line("series"), usage));
            return null;
        }
        return new Series(String.valueOf(map.get("name")).strip(), part, of);
    }

    private static boolean draft(Fields fields, List<ContentProblem> problems) {
        Object value = fields.values().get("draft");
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean draft)) {
            problems.add(ContentProblem.error(fields.path(), fields.line("draft"),
                    "draft は true か false で書いてください"));
            return false;
        }
        return draft;
    }

    private static List<Speaker> participants(Fields fields, List<ContentProblem> problems) {
        Object value = fields.values().get("participants");
        if (value == null) {
            return List.of();
        }
        String usage = "participants は name (氏名), short (本文での表記), "
                + "role (役職), group (所属) のリストで書いてください";
        if (!(value instanceof List<?> list)) {
            problems.add(ContentProblem.error(fields.path(), fields.line("participants"), usage));
            return List.of();
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || map.get("name") == null
                    || String.valueOf(map.get("name")).isBlank()) {
                problems.add(ContentProblem.error(fields.path(), fields.line("participants"), usage));
                return List.of();
            }
            String name = String.valueOf(map.get("name")).strip();
            String shortName = map.get("short") == null ? familyName(name) : String.valueOf(map.get("short")).strip();
            speakers.add(new Speaker(name, shortName, optional(map.get("role")), optional(map.get("group"))));
        }
        return List.copyOf(speakers);
    }

    /** The part of a full name before its first space (half- or full-width), as Japanese texts label speakers. */
    private static String familyName(String name) {
        String[] parts = name.split("[ \u3000]", 2);
        return parts[0];
    }

    private static String optional(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }
}

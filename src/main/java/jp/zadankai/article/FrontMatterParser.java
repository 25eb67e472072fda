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
                    "\u30d5\u30ed\u30f3\u30c8\u30de\u30bf\u30fc\u304c\u3042\u308a\u307e\u305b\u3093: "
                            + "1\u884c\u76ee\u3092 --- \u306b\u3057\u3066 title \u306a\u3069\u3092\u66f8\u3044\u3066\u304f\u3060\u3055\u3044"));
            return new Split(null, text, 1, Map.of());
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(ContentProblem.error(path, 1,
                    "\u30d5\u30ed\u30f3\u30c8\u30de\u30bf\u30fc\u304c\u9589\u3058\u3066\u3044\u307e\u305b\u3093: "
                            + "\u7d42\u308f\u308a\u306e --- \u304c\u3042\u308a\u307e\u305b\u3093"));
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
                        "\u30d5\u30ed\u30f3\u30c8\u30de\u30bf\u30fc\u306f \u300c\u9805\u76ee: \u5024\u300d "
                                + "\u306e\u5f62\u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044"));
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
                    "\u30d5\u30ed\u30f3\u30c8\u30de\u30bf\u30fc\u306e YAML \u304c\u8aad\u3081\u307e\u305b\u3093 ("
                            + problem + ")"));
            return null;
        } catch (YAMLException e) {
            problems.add(ContentProblem.error(path, 2,
                    "\u30d5\u30ed\u30f3\u30c8\u30de\u30bf\u30fc\u306e YAML \u304c\u8aad\u3081\u307e\u305b\u3093 ("
                            + e.getMessage() + ")"));
            return null;
        }
    }

    private FrontMatter toFrontMatter(String path, Fields fields, List<ContentProblem> problems) {
        for (String key : fields.values().keySet()) {
            if (!FIELDS.contains(key)) {
                problems.add(ContentProblem.warning(path, fields.line(key),
                        "\u77e5\u3089\u306a\u3044\u9805\u76ee\u3067\u3059: " + key + " (\u4f7f\u3048\u308b\u9805\u76ee: "
                                + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")"));
            }
        }
        String title = string(fields, "title", problems);
        if (title == null || title.isBlank()) {
            problems.add(ContentProblem.error(path, fields.lines().containsKey("title") ? fields.line("title") : 1,
                    "title (\u30bf\u30a4\u30c8\u30eb) \u304c\u3042\u308a\u307e\u305b\u3093"));
        }
        String slug = string(fields, "slug", problems);
        if (slug == null) {
            slug = defaultSlug(path);
        }
        if (!SLUG.matcher(slug).matches()) {
            problems.add(ContentProblem.error(path, fields.line("slug"),
                    "slug \u300c" + slug + "\u300d \u306b\u306f\u534a\u89d2\u306e\u5c0f\u6587\u5b57 a-z\u3001"
                            + "\u6570\u5b57 0-9\u3001- \u3060\u3051\u304c\u4f7f\u3048\u307e\u3059"
                            + (fields.values().containsKey("slug") ? ""
                            : " (slug \u3092\u66f8\u304b\u306a\u3044\u3068\u304d\u306f\u30d5\u30a1\u30a4\u30eb\u540d\u304c\u4f7f\u308f\u308c\u307e\u3059)")));
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
                    key + " \u306f\u6587\u5b57\u5217\u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044"));
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
                    key + " \u300c" + value + "\u300d \u306f\u65e5\u4ed8\u3068\u3057\u3066\u8aad\u3081\u307e\u305b\u3093"
                            + ": YYYY-MM-DD (\u4f8b 2022-08-22) \u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044"));
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
                        "tags \u306f\u6587\u5b57\u5217\u306e\u30ea\u30b9\u30c8\u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044 (\u4f8b [DX, CIO])"));
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
        String usage = "series \u306f name, part, of \u3092\u66f8\u3044\u3066\u304f\u3060\u3055\u3044 "
                + "(\u4f8b name: \u5ea7\u8ac7\u4f1a, part: 1, of: 2)";
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
                    "draft \u306f true \u304b false \u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044"));
            return false;
        }
        return draft;
    }

    private static List<Speaker> participants(Fields fields, List<ContentProblem> problems) {
        Object value = fields.values().get("participants");
        if (value == null) {
            return List.of();
        }
        String usage = "participants \u306f name (\u6c0f\u540d), short (\u672c\u6587\u3067\u306e\u8868\u8a18), "
                + "role (\u5f79\u8077), group (\u6240\u5c5e) \u306e\u30ea\u30b9\u30c8\u3067\u66f8\u3044\u3066\u304f\u3060\u3055\u3044";
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

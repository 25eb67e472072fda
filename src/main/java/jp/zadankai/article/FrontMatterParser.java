package jp.zadankai.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.dialogue.Speaker;

/**
 * Splits a Markdown file into front matter and body, binds the front matter and checks what binding cannot (flexmark's
 * front-matter extension is not a YAML parser). Every problem names the file and the line, in Japanese, for the
 * editor; none of them throws.
 */
final class FrontMatterParser {
    static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    /** Each page of a series lists every part: the bound keeps that list to a page's length. */
    static final int MAX_PARTS = 100;
    /** Each tag is a page of its own: the bound keeps one file from making thousands of pages. */
    static final int MAX_TAGS = 20;
    /** A tag is a URL's last segment: percent-encoded (up to 9 bytes a character) it stays far below 8 KB. */
    static final int MAX_TAG_LENGTH = 50;
    /**
     * What a tag's page path cannot hold: {@code /} and {@code \} (the server refuses them encoded), {@code ;} (a path
     * parameter, cut off), and control characters (no URL holds them).
     */
    private static final Pattern NOT_IN_TAG = Pattern.compile("[/\\\\;\\p{Cntrl}]");

    /**
     * The body and where it starts, with the front matter read (null when it has errors).
     *
     * @param fieldLines the line of each front matter field in the file
     */
    record Split(FrontMatter frontMatter, String body, int bodyLine, Map<String, Integer> fieldLines) {
    }

    Split parse(String path, String text, List<ContentProblem> problems) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            problems.add(ContentProblem.error(path, 1, EditorMessage.MISSING.text()));
            return new Split(null, text, 1, Map.of());
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(ContentProblem.error(path, 1, EditorMessage.UNCLOSED.text()));
            return new Split(null, "", 1, Map.of());
        }
        String yamlText = String.join("\n", Arrays.asList(lines).subList(1, end));
        String body = String.join("\n", Arrays.asList(lines).subList(end + 1, lines.length));
        FrontMatterBinding binding = new FrontMatterBinding(path);
        FrontMatterYaml yaml = binding.bind(yamlText);
        FrontMatter frontMatter = yaml == null ? null : check(path, yaml, binding);
        problems.addAll(binding.problems());
        return new Split(binding.hasErrors() ? null : frontMatter, body, end + 2, binding.fieldLines());
    }

    /** What binding cannot check: required fields, the slug's characters, the series' numbers, empty items. */
    private static FrontMatter check(String path, FrontMatterYaml yaml, FrontMatterBinding binding) {
        controlCharacters(yaml, binding);
        if (yaml.title() == null || yaml.title().isBlank()) {
            binding.error(binding.line("/title"), EditorMessage.TITLE_MISSING.text());
        }
        String slug = yaml.slug() == null ? defaultSlug(path) : yaml.slug();
        if (!SLUG.matcher(slug).matches()) {
            binding.error(binding.line("/slug"), (yaml.slug() == null
                    ? EditorMessage.SLUG_FROM_FILE_NAME : EditorMessage.SLUG).text(slug));
        }
        return new FrontMatter(yaml.title() == null ? null : yaml.title().strip(), slug, yaml.date(), yaml.updated(),
                yaml.held(),                yaml.description(), yaml.author(), yaml.cover() == null ? null : stripLeadingSlash(yaml.cover()),
                tags(yaml.tags(), binding), series(yaml.series(), binding), Boolean.TRUE.equals(yaml.draft()),
                participants(yaml.participants(), binding));
    }

    static String defaultSlug(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static List<String> tags(String[] written, FrontMatterBinding binding) {
        if (written == null) {
            return List.of();
        }
        if (written.length > MAX_TAGS) {
            binding.error(binding.line("/tags"), EditorMessage.TOO_MANY_TAGS.text(written.length, MAX_TAGS));
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            String tag = written[i];
            if (tag == null || tag.isBlank()) {
                binding.error(binding.line("/tags/" + i), EditorMessage.TAGS.text());
            } else if (!isPathSegment(tag.strip())) {
                binding.error(binding.line("/tags/" + i), EditorMessage.TAG_NOT_A_PATH.text(tag.strip(), MAX_TAG_LENGTH));
            } else if (!tags.contains(tag.strip())) {
                tags.add(tag.strip());
            }
        }
        return List.copyOf(tags);
    }

    /** Whether a tag gives a page path that answers: not {@code .} or {@code ..}, nothing a path cannot hold. */
    static boolean isPathSegment(String tag) {
        return !tag.equals(".") && !tag.equals("..") && !NOT_IN_TAG.matcher(tag).find()
                && tag.codePointCount(0, tag.length()) <= MAX_TAG_LENGTH;
    }

    /**
     * A control character written as a YAML escape ({@code "\u0001"}) reaches every page and feed that shows the
     * value, and no XML may hold it: the feed would be malformed for every subscriber. Tabs and line ends are text.
     */
    private static void controlCharacters(FrontMatterYaml yaml, FrontMatterBinding binding) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("/title", yaml.title());
        texts.put("/slug", yaml.slug());
        texts.put("/description", yaml.description());
        texts.put("/author", yaml.author());
        texts.put("/cover", yaml.cover());
        if (yaml.tags() != null) {
            for (int i = 0; i < yaml.tags().length; i++) {
                texts.put("/tags/" + i, yaml.tags()[i]);
            }
        }
        if (yaml.series() != null) {
            texts.put("/series/name", yaml.series().name());
        }
        if (yaml.participants() != null) {
            for (int i = 0; i < yaml.participants().size(); i++) {
                FrontMatterYaml.ParticipantYaml participant = yaml.participants().get(i);
                if (participant != null) {
                    texts.put("/participants/" + i + "/name", participant.name());
                    texts.put("/participants/" + i + "/short", participant.shortName());
                    texts.put("/participants/" + i + "/role", participant.role());
                    texts.put("/participants/" + i + "/group", participant.group());
                }
            }
        }
        texts.forEach((pointer, text) -> {
            int forbidden = text == null ? -1 : ControlCharacters.first(text);
            if (forbidden >= 0) {
                binding.error(binding.line(pointer), EditorMessage.CONTROL_CHARACTER.text(forbidden));
            }
        });
    }

    private static Series series(FrontMatterYaml.SeriesYaml series, FrontMatterBinding binding) {
        if (series == null) {
            return null;
        }
        if (series.name() == null || series.name().isBlank()) {
            binding.error(binding.line("/series/name"), EditorMessage.SERIES.text());
        } else if (series.part() == null || series.part() < 1 || series.part() > MAX_PARTS) {
            binding.error(binding.line("/series/part"), EditorMessage.SERIES_NUMBER.text("part", MAX_PARTS));
        } else if (series.of() == null || series.of() < 1 || series.of() > MAX_PARTS) {
            binding.error(binding.line("/series/of"), EditorMessage.SERIES_NUMBER.text("of", MAX_PARTS));
        } else if (series.part() > series.of()) {
            binding.error(binding.line("/series/part"),
                    EditorMessage.SERIES_PART.text(series.part(), series.of()));
        } else {
            return new Series(series.name().strip(), series.part(), series.of());
        }
        return null;
    }

    private static List<Speaker> participants(List<FrontMatterYaml.ParticipantYaml> written,
                                              FrontMatterBinding binding) {
        if (written == null) {
            return List.of();
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            FrontMatterYaml.ParticipantYaml participant = written.get(i);
            if (participant == null) {
                binding.error(binding.line("/participants/" + i), EditorMessage.PARTICIPANTS.text());
            } else if (participant.name() == null || participant.name().isBlank()) {
                binding.error(binding.line("/participants/" + i), EditorMessage.PARTICIPANT_NAME.text(i + 1));
            } else if (participant.shortName() != null && participant.shortName().isBlank()) {
                // An empty label would make every paragraph that starts with a colon a turn without a name.
                binding.error(binding.line("/participants/" + i + "/short"), EditorMessage.PARTICIPANT_SHORT.text(i + 1));
            } else {
                String name = participant.name().strip();
                speakers.add(new Speaker(name,
                        participant.shortName() == null ? familyName(name) : participant.shortName().strip(),
                        optional(participant.role()), optional(participant.group()),
                        optional(participant.reading())));
            }
        }
        return List.copyOf(speakers);
    }

    /** The part of a full name before its first space (half- or full-width), as Japanese texts label speakers. */
    private static String familyName(String name) {
        return name.split("[ \\x{3000}]", 2)[0];
    }

    private static String optional(String value) {
        return value == null ? null : value.strip();
    }
}

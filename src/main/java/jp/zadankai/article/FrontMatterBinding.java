package jp.zadankai.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.JacksonYAMLParseException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Binds one file's front matter to {@link FrontMatterYaml}, reading the YAML once: the parser notes the line of
 * every key on the way, so that the checks after binding can point at lines too. A value of the wrong kind is
 * reported and left null, and binding goes on, so that one pass reports every such value.
 */
final class FrontMatterBinding extends DeserializationProblemHandler {
    /**
     * YAML 1.2 (snakeyaml-engine): {@code no} stays text, and a date stays text until bound to a date, strictly
     * (2024-02-30 is refused, not rolled over to March). No 1.5 read as 1, no 1 read as true or as a day count.
     */
    private static final ObjectReader READER = YAMLMapper.builder(YAMLFactory.builder()
                    // The file is capped before it gets here; this keeps the bound the SnakeYAML reader had.
                    .loadSettings(LoadSettings.builder().setCodePointLimit(1_000_000).build())
                    .build())
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // Reported by the parser below, with both lines, and binding goes on.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Boolean,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.DateTime,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            // [] for a text is a wrong value, not an empty one.
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
            .build()
            .readerFor(FrontMatterYaml.class);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String path;
    private final List<ContentProblem> problems = new ArrayList<>();
    /** The file line of each key and list item by JSON pointer ({@code /series/part}, {@code /participants/1}). */
    private final Map<String, Integer> lines = new HashMap<>();

    FrontMatterBinding(String path) {
        this.path = path;
    }

    /** The front matter as written, or null when the YAML cannot be read as a mapping at all. */
    FrontMatterYaml bind(String yaml) {
        LineNotingParser parser = new LineNotingParser((YAMLParser) READER.createParser(yaml));
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return READER.readValue("{}");
            }
            if (first != JsonToken.START_OBJECT) {
                int line = fileLine(parser);
                error(line, YamlSyntaxError.notAMapping(yaml, line - 2));
                return null;
            }
            return READER.withHandler(this).readValue(parser);
        } catch (JacksonYAMLParseException e) {
            // Values read before the syntax error may be cut short by it: the syntax error is the one to fix first.
            problems.clear();
            problems.add(YamlSyntaxError.problem(path, yaml, e));
        } catch (StreamConstraintsException e) {
            problems.clear();
            error(fileLine(parser), EditorMessage.SYNTAX.text(EditorMessage.TOO_DEEP.text()));
        } catch (JacksonException e) {
            // What the handler below cannot turn into null: a number beyond int, 1.5 for a whole number.
            // A value the parser itself cannot read (a !!binary that is no base64) has no binding path: the
            // parser's own position says which value it was.
            String pointer = e.getPath().isEmpty() ? pointer(parser) : pointerOf(e);
            error(e.getPath().isEmpty() ? fileLine(parser) : line(pointer), wrongValue(pointer,
                    e instanceof InvalidFormatException invalid ? String.valueOf(invalid.getValue()) : ""));
        }
        return null;
    }

    /** Every problem found, by line. */
    List<ContentProblem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(ContentProblem::line)).toList();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(ContentProblem::isError);
    }

    /** The line of a key or list item, else of the nearest enclosing one, else 1 (the opening {@code ---}). */
    int line(String pointer) {
        for (JsonPointer at = JsonPointer.compile(pointer); at != null; at = at.head()) {
            Integer line = lines.get(at.toString());
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    /** The line of each top-level field. */
    Map<String, Integer> fieldLines() {
        Map<String, Integer> fields = new HashMap<>();
        lines.forEach((pointer, line) -> {
            if (pointer.lastIndexOf('/') == 0) {
                fields.put(pointer.substring(1), line);
            }
        });
        return Map.copyOf(fields);
    }

    /**
     * One error a line: a value found wrong while binding is left null and would be found missing by the checks
     * after; the first, more precise, is the one to read.
     */
    void error(int line, String message) {
        if (problems.stream().noneMatch(problem -> problem.isError() && problem.line() == line)) {
            problems.add(ContentProblem.error(path, line, message));
        }
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        int line = line(pointer(p));
        if (!propertyName.isEmpty() && Character.isSpaceChar(propertyName.charAt(0))) {
            // A full-width space indenting a line makes it a key of its own, and its value would be lost.
            error(line, EditorMessage.SYNTAX.text(EditorMessage.FULL_WIDTH_SPACE.text()));
        } else {
            List<String> known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).toList();
            problems.add(ContentProblem.warning(path, line,
                    EditorMessage.UNKNOWN_KEY.text(propertyName, String.join(", ", known))));
        }
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                         String failureMsg) {
        return wrong(ctxt.getParser(), value);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) {
        Object none = wrong(p, p.currentToken().isScalarValue() ? p.getString() : "");
        p.skipChildren();
        return none;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            ValueInstantiator valueInsta, JsonParser p, String msg) {
        return handleUnexpectedToken(ctxt, null, p.currentToken(), p, msg);
    }

    /** Reports the value under the parser and binds null in its place. */
    private Object wrong(JsonParser p, String value) {
        error(line(pointer(p)), wrongValue(pointer(p), value));
        return null;
    }

    /** What is wrong with a value, by the field it belongs to; value is its text, when it has one. */
    private static String wrongValue(String pointer, String value) {
        JsonPointer at = JsonPointer.compile(pointer);
        String field = String.valueOf(at.getMatchingProperty());
        String nested = at.tail() == null ? "" : String.valueOf(at.tail().getMatchingProperty());
        return switch (field) {
            case "date", "updated", "held" -> (DATE_SHAPE.matcher(value.strip()).matches()
                    ? EditorMessage.DATE_IMPOSSIBLE : EditorMessage.DATE)
                    .text(field, value);
            case "tags" -> EditorMessage.TAGS.text();
            case "series" -> nested.equals("part") || nested.equals("of")
                    ? EditorMessage.SERIES_NUMBER.text(nested, FrontMatterParser.MAX_PARTS)
                    : EditorMessage.SERIES.text();
            case "draft" -> EditorMessage.DRAFT.text();
            case "participants" -> EditorMessage.PARTICIPANTS.text();
            case "title", "slug", "description", "author", "cover" ->
                    EditorMessage.TEXT.text(field);
            default -> EditorMessage.UNREADABLE.text();
        };
    }

    private static String pointer(JsonParser p) {
        return p.streamReadContext().pathAsPointer().toString();
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName() : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static int fileLine(JsonParser p) {
        return fileLine(p.currentTokenLocation().getLineNr());
    }

    /** The YAML starts on the file's line 2, after the opening {@code ---}. */
    private static int fileLine(int yamlLine) {
        return yamlLine + 1;
    }

    /**
     * The YAML parser as binding reads it, noting the line of each key and list item; a key written twice and an
     * alias are reported here, where their line is known.
     */
    private final class LineNotingParser extends JsonParserDelegate {
        private final YAMLParser yaml;

        LineNotingParser(YAMLParser yaml) {
            super(yaml);
            this.yaml = yaml;
        }

        @Override
        public JsonToken nextToken() {
            return noted(super.nextToken());
        }

        @Override
        public JsonToken nextValue() {
            return noted(super.nextValue());
        }

        @Override
        public String nextName() {
            String name = super.nextName();
            noted(currentToken());
            return name;
        }

        @Override
        public boolean nextName(SerializableString name) {
            boolean matches = super.nextName(name);
            noted(currentToken());
            return matches;
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            int match = super.nextNameMatch(matcher);
            noted(currentToken());
            return match;
        }

        private JsonToken noted(JsonToken token) {
            if (token == null || token.isStructEnd()) {
                return token;
            }
            String pointer = pointer(this);
            if (pointer.isEmpty()) {
                return token;
            }
            int line = fileLine(this);
            Integer earlier = lines.putIfAbsent(pointer, line);
            if (token == JsonToken.PROPERTY_NAME && earlier != null) {
                error(line, EditorMessage.DUPLICATE_KEY.text(currentName(), earlier));
            }
            if (yaml.isCurrentAlias()) {
                error(line, EditorMessage.ALIAS.text(getString()));
            }
            return token;
        }
    }
}

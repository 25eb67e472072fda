package jp.zadankai.article;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.EditorMessage;
import tools.jackson.dataformat.yaml.JacksonYAMLParseException;

/**
 * A YAML syntax error said for an editor: on the line to fix, naming the trap when the line shows a usual one, with
 * the parser's English only as a trailing detail.
 */
final class YamlSyntaxError {
    private YamlSyntaxError() {
    }

    static ContentProblem problem(String path, String yaml, JacksonYAMLParseException e) {
        String[] lines = yaml.split("\n", -1);
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            String context = marked.getContext() == null ? "" : marked.getContext();
            // An unclosed quote or bracket, or a key without its colon, is noticed lines later, at the next key or
            // at the end: the line to fix is where it opened.
            boolean opened = context.contains("quoted scalar") || context.contains("flow")
                    || context.contains("simple key");
            Mark mark = (opened ? marked.getContextMark() : marked.getProblemMark())
                    .or(marked::getProblemMark).or(marked::getContextMark).orElse(null);
            int index = mark == null ? 0 : Math.min(mark.getLine(), lines.length - 1);
            String line = lines[index];
            String hint = trap(line);
            if (hint == null) {
                hint = hint(marked.getProblem(), context, line, mark == null ? 0 : mark.getColumn());
            }
            return error(path, index, hint, marked.getProblem());
        }
        if (e.getCause() instanceof ReaderException reader) {
            int offset = yaml.offsetByCodePoints(0, Math.min(reader.getPosition(), yaml.codePointCount(0, yaml.length())));
            int index = (int) yaml.substring(0, offset).chars().filter(c -> c == '\n').count();
            return error(path, index, EditorMessage.CONTROL_CHARACTER.text(reader.getCodePoint()),
                    reader.getMessage());
        }
        return error(path, 0, EditorMessage.UNREADABLE.text(), e.getOriginalMessage());
    }

    /** For a front matter that is no mapping: the trap on its first line, if it shows one. */
    static String notAMapping(String yaml, int index) {
        String[] lines = yaml.split("\n", -1);
        String hint = index < lines.length ? trap(lines[index]) : null;
        return hint == null ? EditorMessage.NOT_A_MAPPING.text() : EditorMessage.SYNTAX.text(hint);
    }

    private static ContentProblem error(String path, int index, String hint, String detail) {
        // Line index 0 of the YAML is the file's line 2, after the opening ---.
        return ContentProblem.error(path, index + 2,
                EditorMessage.SYNTAX.text(EditorMessage.DETAIL.text(hint, detail)));
    }

    /** The traps a line shows whatever the parser made of it: tabs, full-width spaces and colons. */
    private static String trap(String line) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        if (line.indexOf('\t') >= 0) {
            return EditorMessage.TAB.text();
        }
        if (indent.indexOf(0x3000) >= 0) {
            return EditorMessage.FULL_WIDTH_SPACE.text();
        }
        int fullWidthColon = line.indexOf('：');
        int colon = line.indexOf(':');
        if (fullWidthColon >= 0 && (colon < 0 || fullWidthColon < colon)) {
            return EditorMessage.FULL_WIDTH_COLON.text();
        }
        return null;
    }

    private static String hint(String problem, String context, String line, int column) {
        if (context.contains("quoted scalar")) {
            String quote = column < line.length() ? String.valueOf(line.charAt(column)) : "\"";
            return EditorMessage.UNCLOSED_QUOTE.text(quote, quote);
        }
        if (context.contains("flow sequence")) {
            return EditorMessage.UNCLOSED_BRACKET.text("[", "]");
        }
        if (context.contains("flow mapping")) {
            return EditorMessage.UNCLOSED_BRACKET.text("{", "}");
        }
        if (problem.contains("mapping values are not allowed")) {
            // A colon after the key's own: the value holds ": ". None before: the key is indented too far.
            return line.substring(0, Math.min(column, line.length())).indexOf(':') >= 0
                    ? EditorMessage.COLON_IN_VALUE.text() : EditorMessage.INDENTATION.text();
        }
        if (problem.contains("could not find expected ':'")) {
            return EditorMessage.MISSING_COLON.text();
        }
        if (problem.contains("cannot start any token") || context.contains("alias") || context.contains("anchor")) {
            return EditorMessage.QUOTE_VALUE.text();
        }
        return EditorMessage.UNREADABLE.text();
    }
}

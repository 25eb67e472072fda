package jp.zadankai.content;

import java.util.List;

/**
 * Something wrong in a content file, said for an editor: {@code path:line: message}.
 *
 * @param path content-relative path, e.g. {@code articles/roundtable.md}; empty for the content folder itself
 * @param line 1-based line in the file, 0 when the problem is the file as a whole
 */
public record ContentProblem(String path, int line, Severity severity, String message) {
    /** Errors stop publishing, warnings do not: each line says which (the colon is U+FF1A, pinned by a test). */
    static final String ERROR_LABEL = "エラー：";
    static final String WARNING_LABEL = "警告：";


    public enum Severity { ERROR, WARNING }

    public static ContentProblem error(String path, int line, String message) {
        return new ContentProblem(path, line, Severity.ERROR, message);
    }

    public static ContentProblem warning(String path, int line, String message) {
        return new ContentProblem(path, line, Severity.WARNING, message);
    }

    /** The errors among problems, in their order: what stops a build. */
    public static List<ContentProblem> errorsIn(List<ContentProblem> problems) {
        return problems.stream().filter(ContentProblem::isError).toList();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * As printed by {@code check}, logged and shown in preview. Paths and messages quote editors' text (file names,
     * unknown keys, values), which can hold escape sequences and line ends: those are written as escapes
     * ({@code <U+001B>}), so that one problem is one line and no text can forge another line or drive a terminal.
     */
    @Override
    public String toString() {
        return toString("");
    }

    /**
     * As {@link #toString()}, each path after the content folder's as an editor wrote it ({@code content/}); a
     * problem of the folder itself names the folder once.
     */
    public String toString(String folder) {
        String file = path.isEmpty() ? folder.replaceFirst("/$", "") : folder + path;
        String where = line > 0 ? file + ":" + line : file;
        return printable((where.isEmpty() ? "" : where + ": ") + (isError() ? ERROR_LABEL : WARNING_LABEL) + message);
    }

    /**
     * Text with every control character (C0, DEL, C1), line and paragraph separator and bidirectional control
     * written as {@code <U+XXXX>}.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x061C
                    || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                out.append(String.format("<U+%04X>", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

package jp.zadankai.content;

import java.util.List;

/**
 * Something wrong in a content file, said for an editor: {@code path:line: message}.
 *
 * @param path content-relative path, e.g. {@code articles/roundtable.md}
 * @param line 1-based line in the file, 0 when the problem is the file as a whole
 */
public record ContentProblem(String path, int line, Severity severity, String message) {

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

    @Override
    public String toString() {
        String where = line > 0 ? path + ":" + line : path;
        return where + ": " + (isError() ? "" : "(警告) ") + message;
    }
}

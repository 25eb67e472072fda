package jp.zadankai.site;

import java.util.List;

/** Content with errors: the site refuses to start on it. Each line is {@code path:line: message}. */
public class ContentErrorsException extends RuntimeException {
    private final List<String> lines;

    public ContentErrorsException(String source, List<String> lines) {
        super("content has errors (" + source + "):\n" + String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}

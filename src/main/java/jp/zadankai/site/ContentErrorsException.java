package jp.zadankai.site;

import java.util.List;
import java.util.stream.Collectors;

import jp.zadankai.content.ContentProblem;

/** Content with errors: the site refuses to start on it, and a reload keeps the last good snapshot. */
public class ContentErrorsException extends RuntimeException {
    private final List<ContentProblem> errors;

    public ContentErrorsException(String source, List<ContentProblem> errors) {
        super("content has errors (" + source + "):\n" + errors.stream().map(ContentProblem::toString)
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ContentProblem> errors() {
        return errors;
    }
}

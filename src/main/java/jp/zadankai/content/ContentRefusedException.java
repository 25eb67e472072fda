package jp.zadankai.content;

import java.io.IOException;
import java.util.List;

/**
 * Content that is not read at all: a link leading out of the content folder, a file or a folder over its size
 * bound. Nothing of it is built; each problem names its file.
 */
public final class ContentRefusedException extends IOException {
    private final transient List<ContentProblem> problems;

    public ContentRefusedException(List<ContentProblem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}

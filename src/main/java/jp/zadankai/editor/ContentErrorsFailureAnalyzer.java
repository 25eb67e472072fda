package jp.zadankai.editor;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.zadankai.site.ContentErrorsException;

/** A bad deploy fails loudly before it serves: the same lines as {@code check}, and no stack trace. */
class ContentErrorsFailureAnalyzer extends AbstractFailureAnalyzer<ContentErrorsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentErrorsException cause) {
        String problems = String.join("\n", cause.lines());
        return new FailureAnalysis("The content has errors, so the site was not started:\n" + problems,
                "Fix the files above (java -jar zadankai.jar check lists them) and start again.", cause);
    }
}

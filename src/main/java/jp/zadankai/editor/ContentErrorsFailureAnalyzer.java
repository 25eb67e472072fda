package jp.zadankai.editor;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.site.ContentErrorsException;

/** A bad deploy fails loudly before it serves: the same lines as {@code check}, and no stack trace. */
class ContentErrorsFailureAnalyzer extends AbstractFailureAnalyzer<ContentErrorsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentErrorsException cause) {
        return new FailureAnalysis(EditorMessage.CONTENT_ERRORS_AT_START.text() + "\n" + String.join("\n", cause.lines()),
                EditorMessage.CONTENT_ERRORS_ACTION.text(), cause);
    }
}

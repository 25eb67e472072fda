package jp.zadankai.editor;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import jp.zadankai.content.EditorFacingException;
import jp.zadankai.content.EditorMessage;

/**
 * The start-up failures an editor causes and can fix, said in Japanese: a setting written wrong (its message says
 * how to write it) and a port another program holds (most often the preview, still running).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorFacingFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
        EditorFacingException editorFacing = EditorFacingException.find(rootFailure);
        if (editorFacing != null) {
            return new FailureAnalysis(editorFacing.getMessage(), "", editorFacing);
        }
        PortInUseException portInUse = findCause(rootFailure, PortInUseException.class);
        if (portInUse != null) {
            return new FailureAnalysis(EditorMessage.PORT_IN_USE.text(portInUse.getPort()), "", portInUse);
        }
        return null;
    }
}

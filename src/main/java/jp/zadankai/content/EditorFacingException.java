package jp.zadankai.content;

/**
 * A failure whose message is written for an editor (Japanese, what is wrong and how to fix it): whoever reports
 * it, the start-up failure report or a command, shows this message rather than the exceptions wrapped around it.
 */
public class EditorFacingException extends RuntimeException {

    public EditorFacingException(String message) {
        super(message);
    }

    /** The editor-facing failure in a chain of causes, or null. */
    public static EditorFacingException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EditorFacingException editorFacing) {
                return editorFacing;
            }
        }
        return null;
    }
}

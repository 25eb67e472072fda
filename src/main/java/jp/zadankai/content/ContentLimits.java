package jp.zadankai.content;

/**
 * How much an editor's content may weigh, checked before a byte of it is read: the whole site is held in memory,
 * twice while a new version builds, so a file of any size would end the server (a 300 MB file at a 256 MB heap).
 *
 * @param maxFileBytes  the largest file of any kind (Markdown files have their own, smaller bound when loaded)
 * @param maxTotalBytes all files together
 */
public record ContentLimits(long maxFileBytes, long maxTotalBytes) {

    /** Counts the files read so far; each file that does not fit is reported, and nothing more is read after the total. */
    final class Budget {
        private long used;
        private boolean exhausted;

        /** Whether a file of this size may be read; when not, the problem is added. */
        boolean admits(String path, long size, java.util.List<ContentProblem> problems) {
            if (size > maxFileBytes) {
                problems.add(ContentProblem.error(path, 0, EditorMessage.FILE_TOO_LARGE.text(
                        EditorMessage.size(size), EditorMessage.size(maxFileBytes))));
                return false;
            }
            if (exhausted) {
                return false;
            }
            used += size;
            if (used > maxTotalBytes) {
                exhausted = true;
                problems.add(ContentProblem.error(path, 0, EditorMessage.CONTENT_TOO_LARGE.text(
                        EditorMessage.size(maxTotalBytes))));
                return false;
            }
            return true;
        }
    }

    Budget budget() {
        return new Budget();
    }
}

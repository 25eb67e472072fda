package jp.zadankai.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where content is read from: a folder on disk, or the copy bundled in the jar. */
public interface ContentSource {

    List<ContentFile> files() throws IOException;

    /** The folder on disk, when there is one to watch for changes. */
    Optional<Path> directory();

    /** Said in logs and errors: the folder's path or "bundled content". */
    String describe();

    /** Put before a content-relative path so an editor can open the file: {@code content/}. */
    String displayPrefix();

    /**
     * Files that are not content: hidden files (and Emacs's {@code .#name} locks), editors' backup and swap files
     * ({@code name~}, Vim's {@code .swp}/{@code .swo}/{@code .swx} and its {@code 4913} probe, Emacs's
     * {@code #name#}), temporary files. Neither read nor watched, so saving in an editor reloads once.
     */
    static boolean isIgnored(String relativePath) {
        String name = relativePath.substring(relativePath.replace('\\', '/').lastIndexOf('/') + 1);
        return name.startsWith(".") || name.endsWith("~") || name.equals("4913")
                || (name.startsWith("#") && name.endsWith("#"))
                || name.matches(".*\\.(swp|swo|swx|tmp)");
    }
}

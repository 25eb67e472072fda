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
}

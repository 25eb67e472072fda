package jp.zadankai.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A content folder on disk; hidden files and editors' backup files are skipped.
 * <p>
 * Nothing outside the folder is read: a symbolic link (which Git keeps, so a contributor's change can add one) is
 * followed only when it leads to a file inside the folder, and read then through its resolved path, never through
 * a link. A link leading out ({@code media/passwd -> /etc/passwd}) is refused with its path, and so is the build.
 */
public final class DirectoryContentSource implements ContentSource {
    private final Path root;
    private final String displayPrefix;
    private final ContentLimits limits;

    public DirectoryContentSource(Path root, ContentLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
        String given = root.toString().replace('\\', '/');
        this.displayPrefix = given.endsWith("/") ? given : given + "/";
    }

    @Override
    public List<ContentFile> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        Path realRoot = root.toRealPath();
        List<ContentFile> files = new ArrayList<>();
        List<ContentProblem> refused = new ArrayList<>();
        ContentLimits.Budget budget = limits.budget();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(realRoot)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            String relative = realRoot.relativize(path).toString().replace('\\', '/');
            if (relative.isEmpty() || ContentSource.isIgnored(relative)) {
                continue;
            }
            Path file = inside(realRoot, path, relative, refused);
            if (file == null) {
                continue;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            // Folders are walked; sockets, pipes and devices are not content (a pipe would block the read).
            if (attributes.isRegularFile() && budget.admits(relative, attributes.size(), refused)) {
                byte[] bytes = read(file);
                if (bytes.length > limits.maxFileBytes()) {
                    refused.add(ContentProblem.error(relative, 0,
                            EditorMessage.FILE_TOO_LARGE.text(EditorMessage.size(bytes.length),
                                    EditorMessage.size(limits.maxFileBytes()))));
                    continue;
                }
                files.add(new ContentFile(relative, bytes, attributes.lastModifiedTime().toInstant()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ContentRefusedException(refused);
        }
        return files;
    }

    /** The path to read for an entry of the folder, its link resolved; null, with the problem, if it leads out. */
    private static Path inside(Path realRoot, Path path, String relative, List<ContentProblem> refused)
            throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return path;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException dangling) {
            target = null;
        }
        if (target == null || !target.startsWith(realRoot)) {
            refused.add(ContentProblem.error(relative, 0,
                    EditorMessage.LINK_OUT_OF_FOLDER.text(Files.readSymbolicLink(path))));
            return null;
        }
        return target;
    }

    /** Without following a link: the file checked above cannot be swapped for one between the check and the read. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // One byte more than the bound: a file that grew since it was measured is caught, not read whole.
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        }
    }

    @Override
    public Optional<Path> directory() {
        return Optional.of(root);
    }

    @Override
    public String displayPrefix() {
        return displayPrefix;
    }

    @Override
    public String describe() {
        return root.toString();
    }
}

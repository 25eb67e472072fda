package jp.zadankai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A content folder on disk; hidden files and editors' backup files are skipped. */
public final class DirectoryContentSource implements ContentSource {
    private final Path root;
    private final String displayPrefix;

    public DirectoryContentSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
        String given = root.toString().replace('\\', '/');
        this.displayPrefix = given.endsWith("/") ? given : given + "/";
    }

    @Override
    public List<ContentFile> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!ContentSource.isIgnored(relative)) {
                    files.add(new ContentFile(relative, Files.readAllBytes(path),
                            Files.getLastModifiedTime(path).toInstant()));
                }
            }
        }
        return files;
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

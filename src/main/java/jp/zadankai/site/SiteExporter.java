package jp.zadankai.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a snapshot to a folder, byte for byte what the server sends, for any static host or CDN: {@code /} is
 * {@code index.html}, a path without an extension gets {@code .html} ({@code /articles/x} is
 * {@code articles/x.html}), the 404 page is {@code 404.html}, and each compressible file has its gzip copy beside it
 * as {@code .gz} (for nginx's {@code gzip_static}).
 */
public final class SiteExporter {

    /** @return the number of pages written (gzip copies not counted) */
    public int export(Site site, Path outDir) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        for (Map.Entry<String, Page> entry : site.pages().entrySet()) {
            write(root, fileFor(entry.getKey()), entry.getValue());
        }
        write(root, "404.html", site.errorPage(404));
        return site.pages().size() + 1;
    }

    static String fileFor(String path) {
        if (path.equals("/")) {
            return "index.html";
        }
        String relative = path.substring(1);
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.contains(".") ? relative : relative + ".html";
    }

    private static void write(Path root, String relative, Page page) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("refusing to write outside the export folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, page.body());
        if (page.gzip() != null) {
            Files.write(file.resolveSibling(file.getFileName() + ".gz"), page.gzip());
        }
    }
}

package jp.zadankai.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jp.zadankai.content.EditorFacingException;
import jp.zadankai.content.EditorMessage;

/**
 * Writes a snapshot to a folder, byte for byte what the server sends, laid out so that any static host serves it
 * unchanged (nginx's default configuration, {@code python3 -m http.server}, GitHub Pages, S3 website hosting):
 * an HTML page is its folder's {@code index.html} ({@code /articles/x} is {@code articles/x/index.html}, which those
 * hosts answer at {@code /articles/x} by a redirect to {@code /articles/x/}), every other file keeps its path, the
 * 404 page is {@code 404.html} at the top, and each compressible file has its gzip copy beside it as {@code .gz}
 * (for nginx's {@code gzip_static}).
 */
public final class SiteExporter {
    private static final String HTML = "text/html";

    /** @return the number of pages written (gzip copies not counted) */
    public int export(Site site, Path outDir) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Map<String, String> written = new HashMap<>();
        Files.createDirectories(root);
        for (Map.Entry<String, Page> entry : site.pages().entrySet()) {
            write(root, entry.getKey(), fileFor(entry.getKey(), entry.getValue()), entry.getValue(), written);
        }
        write(root, "404", "404.html", site.errorPage(404), written);
        return written.size();
    }

    /** The file a page is written to, relative to the export folder. */
    static String fileFor(String path, Page page) {
        if (path.equals("/")) {
            return "index.html";
        }
        String relative = path.substring(1);
        return page.contentType().startsWith(HTML) && !relative.endsWith(".html") ? relative + "/index.html"
                : relative;
    }

    /**
     * Writes one page; a path that would leave the folder or land on a file another page was written to is refused
     * whole, never written over.
     */
    private static void write(Path root, String path, String relative, Page page, Map<String, String> written)
            throws IOException {
        Path file = root.resolve(relative).normalize();
        boolean plain = relative.chars().noneMatch(c -> c == '\\' || c < 0x20)
                && !("/" + relative + "/").contains("/../") && !("/" + relative + "/").contains("/./")
                && !relative.contains("//");
        if (!plain || !file.startsWith(root) || file.equals(root)) {
            throw new EditorFacingException(EditorMessage.EXPORT_UNSAFE_PATH.text(path));
        }
        String other = written.putIfAbsent(root.relativize(file).toString(), path);
        if (other != null) {
            throw new EditorFacingException(EditorMessage.EXPORT_COLLISION.text(other, path, relative));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, page.body());
        if (page.gzip() != null) {
            Files.write(file.resolveSibling(file.getFileName() + ".gz"), page.gzip());
        }
    }
}

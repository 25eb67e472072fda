package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.zadankai.content.ClasspathContentSource;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentLimits;

/**
 * Issue 15, items 17 and 18: every byte the site serves is a function of the content and the settings. Two JVM runs
 * export the same bytes (a {@code Map.of} iterates in an order drawn per run), and bundled content is dated by
 * the build, not by the files' times on disk.
 */
class ReproducibleExportTests {
    @TempDir
    Path dir;

    private Path export(String name) throws Exception {
        Path out = dir.resolve(name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "jp.zadankai.ZadankaiApplication", "export", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".log"))).isZero();
        return out;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    @Test
    void twoRunsExportTheSameBytes() throws Exception {
        Map<String, byte[]> first = files(export("first"));
        Map<String, byte[]> second = files(export("second"));

        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        assertThat(first.values().stream().map(String::new))
                .anyMatch(page -> page.contains("\"author\":{\"@type\":\"Organization\",\"name\":"));
    }

    @Test
    void bundledFilesCarryTheBuildsTimeNotTheirOwn() throws IOException {
        Instant build = Instant.parse("2022-08-22T00:00:00Z");

        assertThat(new ClasspathContentSource(build, new ContentLimits(1 << 20, 16 << 20)).files())
                .isNotEmpty().extracting(ContentFile::lastModified).containsOnly(build);
    }
}

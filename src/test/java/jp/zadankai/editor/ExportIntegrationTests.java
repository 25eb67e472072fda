package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import jp.zadankai.ZadankaiApplication;

/** The static export is byte for byte what the server sends, compressed copies included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportIntegrationTests {
    @LocalServerPort
    int port;

    @TempDir
    Path out;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** index.html is /, x.html is /x, the rest is itself. */
    private static String pathOf(Path relative) {
        String file = relative.toString().replace('\\', '/');
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith(".html") && !file.startsWith("assets/") ? file.substring(0, file.length() - 5) : file);
    }

    @Test
    void exportedFilesEqualTheServersResponses() throws Exception {
        int status = new EditorCommands(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
                .run(ZadankaiApplication.class, new String[] {"export", out.toString()});
        assertThat(status).isZero();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(out::relativize)
                    .filter(file -> !file.toString().endsWith(".gz") && !file.toString().equals("404.html")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String path = pathOf(file);
            HttpResponse<byte[]> plain = fetch(path, false);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.body()).as(path).isEqualTo(Files.readAllBytes(out.resolve(file)));
            Path gz = out.resolve(file + ".gz");
            if (Files.exists(gz)) {
                HttpResponse<byte[]> compressed = fetch(path, true);
                assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(compressed.body()).as(path).isEqualTo(Files.readAllBytes(gz));
            }
        }
        HttpResponse<byte[]> notFound = fetch("/no-such-page", false);
        assertThat(notFound.body()).isEqualTo(Files.readAllBytes(out.resolve("404.html")));
    }
}

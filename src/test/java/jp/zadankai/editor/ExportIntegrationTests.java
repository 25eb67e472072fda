package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.WireClient;
import jp.zadankai.ZadankaiApplication;

/** The static export is byte for byte what the server sends, compressed copies included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class ExportIntegrationTests {
    @Autowired
    RestTestClient http;

    @TempDir
    Path out;

    private EntityExchangeResult<byte[]> fetch(String path, boolean gzip) {
        return http.get().uri(path).headers(headers -> {
            if (gzip) {
                headers.set("Accept-Encoding", "gzip");
            }
        }).exchange().returnResult(byte[].class);
    }

    /** index.html is /, x/index.html is /x, the rest is itself. */
    private static String pathOf(Path relative) {
        String file = relative.toString().replace('\\', '/');
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith("/index.html") ? file.substring(0, file.length() - "/index.html".length()) : file);
    }

    @Test
    void exportedFilesEqualTheServersResponses() throws Exception {
        int status = new EditorCommands(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                out.getParent())
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
            EntityExchangeResult<byte[]> plain = fetch(path, false);
            assertThat(plain.getStatus().value()).as(path).isEqualTo(200);
            assertThat(plain.getResponseBody()).as(path).isEqualTo(Files.readAllBytes(out.resolve(file)));
            Path gz = out.resolve(file + ".gz");
            if (Files.exists(gz)) {
                EntityExchangeResult<byte[]> compressed = fetch(path, true);
                assertThat(compressed.getResponseHeaders().getFirst("Content-Encoding")).as(path).isEqualTo("gzip");
                assertThat(compressed.getResponseBody()).as(path).isEqualTo(Files.readAllBytes(gz));
            }
        }
        EntityExchangeResult<byte[]> notFound = fetch("/no-such-page", false);
        assertThat(notFound.getResponseBody()).isEqualTo(Files.readAllBytes(out.resolve("404.html")));
    }
}

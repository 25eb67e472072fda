package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import jp.zadankai.ZadankaiApplication;

/** Stopping the server lets a request in flight finish: a large file still downloading arrives whole. */
class GracefulShutdownTests {
    private static final int SIZE = 32 * 1024 * 1024;

    @TempDir
    Path content;

    @Test
    void requestInFlightFinishesWhenTheServerStops() throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(content.resolve("media"));
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: a\n---\nx\n");
        Files.write(content.resolve("media/big.mp4"), new byte[SIZE]);
        ConfigurableApplicationContext app = SpringApplication.run(ZadankaiApplication.class,
                "--server.port=0", "--zadankai.content-dir=" + content, "--spring.main.banner-mode=off",
                // Larger than the socket buffers, so that the write is still going when the server stops.
                "--zadankai.max-media-size=64MB", "--zadankai.max-content-size=64MB");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /media/big.mp4 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // Read the start, then stop reading: the server blocks writing the rest, the request stays in flight.
            byte[] start = in.readNBytes(4096);
            assertThat(new String(start, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
            Thread.sleep(500);
            assertThat(stopping).isNotDone();

            long received = start.length + in.transferTo(OutputStream.nullOutputStream());
            String head = new String(start, StandardCharsets.US_ASCII);
            int bodyStart = head.indexOf("\r\n\r\n") + 4;
            assertThat(received - bodyStart).isEqualTo(SIZE);
            stopping.get();
        }
        assertThat(app.isActive()).isFalse();
    }
}

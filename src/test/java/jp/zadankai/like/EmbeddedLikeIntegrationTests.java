package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.zadankai.ZadankaiApplication;

/** The スキ button on the embedded database, a file in the data folder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedLikeIntegrationTests extends LikeBehaviour {
    static final Path DATA = temporaryFolder();

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("zadankai-data").resolve("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.data-dir", DATA::toString);
        registry.add("zadankai.likes.burst", () -> BURST);
    }

    @Override
    List<String> dataOptions() {
        return List.of("--zadankai.data-dir=" + DATA);
    }

    @Test
    void theDataFolderHoldsTheDatabaseAndAnotherServerOnItSeesTheSameLikes() throws Exception {
        String reader = press("like", null).reader();
        long count = count();
        assertThat(DATA.resolve("likes.db")).isRegularFile();
        try (ConfigurableApplicationContext restarted = SpringApplication.run(ZadankaiApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--zadankai.content-dir=" + CONTENT,
                "--zadankai.data-dir=" + DATA)) {
            int other = ((WebServerApplicationContext) restarted).getWebServer().getPort();
            Reply reply = send(other, "GET", API, null, "Cookie", "zadankai_reader=" + reader);
            assertThat(reply.count()).isEqualTo(count);
            assertThat(reply.body()).contains("\"liked\":true");
        }
    }
}

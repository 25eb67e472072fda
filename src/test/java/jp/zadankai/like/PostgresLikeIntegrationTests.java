package jp.zadankai.like;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.zadankai.ZadankaiApplication;

/**
 * The same behaviour on PostgreSQL (127.0.0.1:5432, role and database {@code zadankai}, as {@code .ci/run} makes
 * them), and two servers on one database. Skipped where no PostgreSQL listens, except under {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresLikeIntegrationTests extends LikeBehaviour {
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/zadankai";

    @BeforeAll
    static void postgresListens() {
        boolean listening;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            listening = true;
        } catch (java.io.IOException e) {
            listening = false;
        }
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(listening, "no PostgreSQL on 127.0.0.1:5432");
        }
        assertThat(listening).as("PostgreSQL on 127.0.0.1:5432 (.ci/run starts it)").isTrue();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.likes.burst", () -> BURST);
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "zadankai");
        registry.add("spring.datasource.password", () -> "zadankai");
    }

    @Override
    List<String> dataOptions() {
        return List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=zadankai",
                "--spring.datasource.password=zadankai");
    }

    @Test
    void twoServersOnOneDatabaseShowTheSameCounts() throws Exception {
        try (ConfigurableApplicationContext second = SpringApplication.run(ZadankaiApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--zadankai.content-dir=" + CONTENT,
                "--spring.datasource.url=" + URL, "--spring.datasource.username=zadankai",
                "--spring.datasource.password=zadankai")) {
            int other = ((WebServerApplicationContext) second).getWebServer().getPort();
            long before = count();
            String reader = press("like", null).reader();
            assertThat(send(other, "GET", API, null).count()).isEqualTo(before + 1);
            Reply elsewhere = press(other, "unlike", reader);
            assertThat(elsewhere.count()).isEqualTo(before);
            assertThat(count()).isEqualTo(before);
        }
    }
}

package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import jp.zadankai.TestContent;
import jp.zadankai.WireClient;

/** Readers load a page from many connections while its Markdown is rewritten several times a second. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WireClient.class)
class LoadWhileEditingIntegrationTests {
    private static final Path CONTENT;
    private static final Pattern VERSION = Pattern.compile("版(\\d+)です");

    static {
        try {
            CONTENT = Files.createTempDirectory("zadankai-load");
            Files.createDirectories(CONTENT.resolve("articles"));
            write(0);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("zadankai.content-dir", CONTENT::toString);
        registry.add("zadankai.watch-interval", () -> "50ms");
    }

    @Autowired
    RestTestClient http;

    /** Version k says 版k です in its title, its description and every paragraph of a long body. */
    private static void write(int version) {
        String sentence = "版" + version + "です。";
        TestContent.save(CONTENT, "articles/live.md",
                "---\ntitle: " + sentence + "\n---\n" + (sentence.repeat(40) + "\n\n").repeat(20));
    }

    @Test
    void everyResponseIsOneWholeVersionAndNoneFails() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(16);
        long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        AtomicInteger responses = new AtomicInteger();
        Set<Integer> versionsSeen = ConcurrentHashMap.newKeySet();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            running.add(readers.submit(() -> {
                while (System.nanoTime() < end) {
                    EntityExchangeResult<byte[]> response = http.get().uri("/articles/live").exchange()
                            .returnResult(byte[].class);
                    assertThat(response.getStatus().value()).isEqualTo(200);
                    assertWhole(response);
                    versionsSeen.add(version(response.getResponseBody()));
                    responses.incrementAndGet();
                }
                return null;
            }));
        }
        int version = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(200);
            write(++version);
        }
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();

        assertThat(responses.get()).isGreaterThan(500);
        assertThat(versionsSeen).hasSizeGreaterThan(5);
    }

    /** The strong ETag is the digest of the page's bytes, so a torn or mixed body cannot match it. */
    private static void assertWhole(EntityExchangeResult<byte[]> response) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(response.getResponseBody());
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        assertThat(response.getResponseHeaders().getFirst("ETag")).isEqualTo("\"" + digest + "\"");
        Matcher versions = VERSION.matcher(new String(response.getResponseBody(), StandardCharsets.UTF_8));
        Set<String> found = new java.util.HashSet<>();
        while (versions.find()) {
            found.add(versions.group(1));
        }
        assertThat(found).hasSize(1);
    }

    private static int version(byte[] body) {
        Matcher m = VERSION.matcher(new String(body, StandardCharsets.UTF_8));
        m.find();
        return Integer.parseInt(m.group(1));
    }
}

package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.UriUtils;

/**
 * The editors' guide ({@code content/README.md}), walked as a new editor would, on a copy of the project: every
 * command of the guide, in its order, as it is written there. A new article with a mistake in it is previewed, fixed,
 * checked, built into the jar, served with a base URL, exported, and the export is served by
 * {@code python3 -m http.server} and crawled: every link and fragment of the site must resolve.
 * <p>
 * Two things differ from the guide, and only outside its commands: the ports (the server takes {@code SERVER_PORT}
 * from the environment, the static server a free port instead of 8000) so that the test never collides with a
 * preview a developer has running, and the preview is stopped by the test rather than by Ctrl+C.
 */
class EditorGuideIntegrationTests {
    private static final Path GUIDE = Path.of("content/README.md");
    private static final String BASE_URL = "https://example.jp";
    private static final List<String> GUIDE_COMMANDS = List.of(
            "mvn spring-boot:run",
            "mvn -q process-test-classes",
            "mvn -B package -DskipTests",
            "java -jar target/zadankai.jar --zadankai.site.base-url=" + BASE_URL,
            "java -jar target/zadankai.jar export target/site --zadankai.site.base-url=" + BASE_URL,
            "python3 -m http.server -d target/site 8000");
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\n(.*?)\n```", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path workspace;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theGuidesCommandsAreTheOnesThisTestRuns() throws IOException {
        Matcher blocks = SHELL_BLOCK.matcher(Files.readString(GUIDE));
        List<String> commands = new ArrayList<>();
        while (blocks.find()) {
            commands.add(blocks.group(1).strip());
        }

        assertThat(commands).containsExactlyElementsOf(GUIDE_COMMANDS);
    }

    @Test
    void aNewArticleWithAMistakeGoesFromPreviewToAStaticHostAsTheGuideSays() throws Exception {
        Path project = copyOfTheProject();
        Path article = project.resolve("content/articles/new-roundtable.md");
        Files.writeString(article, "---\ntitle: 新しい座談会\ndate: 2024-02-30\n---\n\n## はじめに\n\n新しい記事の本文です。\n",
                StandardCharsets.UTF_8);

        // 2. Preview, with the mistake already there: it starts, and shows the mistake.
        int port = freePort();
        Process preview = start(project, GUIDE_COMMANDS.get(0), Map.of("SERVER_PORT", String.valueOf(port)),
                "preview.log");
        try {
            String index = waitFor(port, "/", page -> page.contains("banner--errors"), MAVEN_TIMEOUT, preview);
            assertThat(index).contains("articles/new-roundtable.md:3: エラー：date「2024-02-30」という日はありません。");
            assertThat(get(port, "/articles/new-roundtable")).contains("この記事はまだ表示できません");

            Files.writeString(article, Files.readString(article).replace("2024-02-30", "2024-02-29"));
            waitFor(port, "/articles/new-roundtable", page -> page.contains("新しい記事の本文です"),
                    Duration.ofSeconds(10), preview);
            assertThat(get(port, "/")).doesNotContain("banner--errors");
        } finally {
            stop(preview);
        }

        // 3. Check.
        Run check = run(project, GUIDE_COMMANDS.get(1), Map.of(), "check.log");
        assertThat(check.status()).as(check.output()).isZero();
        assertThat(check.output()).contains("を確認しました。エラー0件、警告0件");

        // 4. Build.
        Run build = run(project, GUIDE_COMMANDS.get(2), Map.of(), "build.log");
        assertThat(build.status()).as(build.output()).isZero();
        assertThat(build.output()).contains("BUILD SUCCESS");
        assertThat(project.resolve("target/zadankai.jar")).isRegularFile();

        // 5A. The jar, with the public URL.
        port = freePort();
        Process server = start(project, GUIDE_COMMANDS.get(3), Map.of("SERVER_PORT", String.valueOf(port)),
                "server.log");
        try {
            String page = waitFor(port, "/articles/new-roundtable", p -> p.contains("新しい記事の本文です"),
                    Duration.ofMinutes(2), server);
            assertThat(page).contains("<link rel=\"canonical\" href=\"" + BASE_URL + "/articles/new-roundtable\">");
        } finally {
            stop(server);
        }

        // 5B. The export, served by a static server and crawled.
        Run export = run(project, GUIDE_COMMANDS.get(4), Map.of(), "export.log");
        assertThat(export.status()).as(export.output()).isZero();
        port = freePort();
        Process statics = start(project, GUIDE_COMMANDS.get(5).replace("8000", String.valueOf(port)), Map.of(),
                "http-server.log");
        try {
            waitFor(port, "/", page -> page.contains("href=\"/articles/new-roundtable\""), Duration.ofSeconds(30),
                    statics);
            assertThat(crawl(port)).contains("/", "/articles/new-roundtable", "/articles/nerima-tokyo-cio-roundtable-1",
                    "/feed.xml");
        } finally {
            stop(statics);
        }
        assertThat(Files.readString(project.resolve("target/site/sitemap.xml")))
                .contains(BASE_URL + "/articles/new-roundtable").doesNotContain("localhost");
    }

    /** Follows every link and asset of the site from its index: each answers 200, each fragment names an id. */
    private Set<String> crawl(int port) throws Exception {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = http.send(request(port, path), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Matcher references = REFERENCE.matcher(response.body());
            while (references.find()) {
                String reference = references.group(1).replace("&amp;", "&");
                if (!reference.startsWith("/") || reference.startsWith("//")) {
                    continue;
                }
                int hash = reference.indexOf('#');
                String target = hash < 0 ? reference : reference.substring(0, hash);
                if (hash >= 0) {
                    String fragment = UriUtils.decode(reference.substring(hash + 1), StandardCharsets.UTF_8);
                    String page = http.send(request(port, target), HttpResponse.BodyHandlers.ofString()).body();
                    assertThat(page).as(reference).contains("id=\"" + fragment + "\"");
                }
                queue.add(target);
            }
        }
        return seen;
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .build();
    }

    private String get(int port, String path) throws Exception {
        return http.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String waitFor(int port, String path, Predicate<String> condition, Duration timeout, Process process)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("%s ended early", process.info().commandLine().orElse("")).isTrue();
            try {
                HttpResponse<String> response = http.send(request(port, path), HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200 && condition.test(last)) {
                    return last;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never became what was expected: " + last);
    }

    private Path copyOfTheProject() throws IOException {
        Path project = Files.createDirectories(workspace.resolve("zadankai"));
        for (String part : List.of("pom.xml", "src", "content")) {
            FileSystemUtils.copyRecursively(Path.of(part), project.resolve(part));
        }
        return project;
    }

    private record Run(int status, String output) {
    }

    private Run run(Path project, String command, Map<String, String> environment, String log) throws Exception {
        Process process = start(project, command, environment, log);
        if (!process.waitFor(MAVEN_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            stop(process);
            throw new AssertionError(command + " did not finish: " + Files.readString(workspace.resolve(log)));
        }
        return new Run(process.exitValue(), Files.readString(workspace.resolve(log)));
    }

    private Process start(Path project, String command, Map<String, String> environment, String log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Arrays.asList(command.split(" "))).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(workspace.resolve(log).toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Stops a command and what it started (Maven forks the preview's JVM), as Ctrl+C would. */
    private static void stop(Process process) throws InterruptedException {
        try (Stream<ProcessHandle> children = process.descendants()) {
            children.forEach(ProcessHandle::destroy);
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

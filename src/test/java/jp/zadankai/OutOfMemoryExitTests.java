package jp.zadankai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 2: a process whose thread ran out of memory exits, so that it is restarted, instead of living on
 * with its acceptor and poller threads dead.
 */
class OutOfMemoryExitTests {

    /** Runs in a JVM of its own: a thread (as a server's acceptor would) dies of an OutOfMemoryError. */
    static final class ThreadRunsOutOfMemory {
        public static void main(String[] args) throws InterruptedException {
            OutOfMemoryExit.install();
            Thread acceptor = new Thread(() -> {
                long[][] hoard = new long[1024][];
                for (int i = 0; i < hoard.length; i++) {
                    hoard[i] = new long[1024 * 1024];
                }
            }, "acceptor");
            acceptor.start();
            Thread.sleep(60_000);
            System.out.println("still alive");
        }
    }

    @Test
    void outOfMemoryInAnyThreadEndsTheProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                ThreadRunsOutOfMemory.class.getName()).redirectErrorStream(true).start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("process ended").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).isEqualTo(OutOfMemoryExit.STATUS);
            assertThat(output).contains("out of memory").doesNotContain("still alive");
        } finally {
            process.destroyForcibly();
        }
    }
}

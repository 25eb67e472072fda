package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Readiness comes with the first snapshot; a warm-up, when asked for, holds it back for a bounded time. */
class WarmUpIntegrationTests {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Import(ReadinessProbe.class)
    class ByDefault {
        @Autowired
        ReadinessProbe probe;

        @Test
        void readinessComesWithTheFirstSnapshotWithoutRequestsOfItsOwn() {
            assertThat(probe.servedWhenReady.get()).isZero();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zadankai.warm-up=1s")
    @Import(ReadinessProbe.class)
    class WithAWarmUp {
        @Autowired
        ReadinessProbe probe;

        @Test
        void readinessComesAfterTheServerHasServedItsOwnPages() {
            assertThat(probe.servedWhenReady.get()).isGreaterThan(100);
        }
    }
}

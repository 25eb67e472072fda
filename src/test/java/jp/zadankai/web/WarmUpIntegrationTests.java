package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/** The server reports itself ready only after it has served its own pages enough to be warm. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "zadankai.warm-up-requests=400")
class WarmUpIntegrationTests {

    @TestConfiguration
    static class Probe {
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger servedWhenReady = new AtomicInteger(-1);

        /** Counted in Tomcat's engine, ahead of everything that answers: pages never pass a servlet filter. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> countRequests() {
            return factory -> factory.addEngineValves(new ValveBase() {
                @Override
                public void invoke(Request request, Response response) throws IOException, ServletException {
                    served.incrementAndGet();
                    getNext().invoke(request, response);
                }
            });
        }

        @Bean
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> recordReadiness() {
            return event -> {
                if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                    servedWhenReady.set(served.get());
                }
            };
        }
    }

    @Autowired
    Probe probe;

    @Test
    void readinessComesAfterTheWarmUpRequests() throws IOException {
        assertThat(probe.servedWhenReady.get()).isGreaterThanOrEqualTo(400);
    }
}

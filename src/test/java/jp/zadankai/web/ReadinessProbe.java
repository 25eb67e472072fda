package jp.zadankai.web;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/** Counts the requests Jetty served before the application reported itself ready. */
@TestConfiguration
class ReadinessProbe {
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger servedWhenReady = new AtomicInteger(-1);
    final AtomicLong readyAt = new AtomicLong();

    /** Counted as Jetty reads each request, ahead of everything that answers: pages never pass a servlet filter. */
    @Bean
    JettyServerCustomizer countRequests() {
        return server -> {
            for (var connector : server.getConnectors()) {
                connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                        .addCustomizer((HttpConfiguration.Customizer) (request, responseHeaders) -> {
                            served.incrementAndGet();
                            return request;
                        });
            }
        };
    }

    @Bean
    ApplicationListener<AvailabilityChangeEvent<ReadinessState>> recordReadiness() {
        return event -> {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                servedWhenReady.set(served.get());
                readyAt.set(System.nanoTime());
            }
        };
    }
}

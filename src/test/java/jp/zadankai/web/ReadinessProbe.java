package jp.zadankai.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/** Counts the requests Tomcat served before the application reported itself ready. */
@TestConfiguration
class ReadinessProbe {
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger servedWhenReady = new AtomicInteger(-1);
    final AtomicLong readyAt = new AtomicLong();

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
                readyAt.set(System.nanoTime());
            }
        };
    }
}

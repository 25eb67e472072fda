package jp.zadankai.web;

import java.time.Duration;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.coyote.ProtocolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.zadankai.site.CurrentSite;

/** The server's own parts; {@code check} and {@code export} build a snapshot without a server and need none. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TomcatConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TomcatConfiguration.class);

    /**
     * Pages are answered by a valve in the application's pipeline, ahead of the servlet filters. Taking the
     * snapshot's holder here makes it with the web server, the first of the application's beans: its first build
     * then runs beside the making of everything else.
     */
    @Bean
    SiteValve siteValve(CurrentSite currentSite) {
        return new SiteValve(currentSite::get, SecurityHeadersFilter.headers(false),
                SecurityHeadersFilter.headers(true), SecurityHeadersFilter.MEDIA_POLICY);
    }

    /** Errors Tomcat raises before the application sees the request get the site's own page as well. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteValves(SiteValve siteValve,
                                                                       CurrentSite currentSite) {
        return factory -> {
            factory.addConnectorCustomizers(TomcatConfiguration::answerEveryFormWithTheSitesHeaders);
            factory.addContextCustomizers(context -> {
                context.getPipeline().addValve(siteValve);
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                    host.getPipeline().addValve(new SiteErrorReportValve(currentSite::get,
                            SecurityHeadersFilter::addHeaders));
                }
            });
        };
    }

    /**
     * TRACE goes on to the filter's 405 (Tomcat would answer it itself, with an {@code Allow} listing every method
     * a servlet has and no security headers), and {@code OPTIONS *} and HTTP/0.9 are handled ahead of Tomcat's
     * adapter, which is made when the connector initialises.
     */
    private static void answerEveryFormWithTheSitesHeaders(Connector connector) {
        connector.setAllowTrace(true);
        connector.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                ProtocolHandler protocol = connector.getProtocolHandler();
                protocol.setAdapter(new RequestFormAdapter(protocol.getAdapter()));
            }
        });
    }

    /**
     * Stops after Spring Boot's graceful shutdown has closed the connectors to new requests and before the server
     * stops: pages still being written (a large media file to a slow reader) finish within the shutdown phase's
     * time, as requests in a servlet do. The two waits add up: a shutdown can take twice that time at most.
     */
    @Bean
    SmartLifecycle pagesInFlight(SiteValve siteValve,
                                 @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                try {
                    if (!siteValve.awaitIdle(timeout)) {
                        log.warn("Pages still being written after {}; stopping anyway", timeout);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 512;
            }
        };
    }
}

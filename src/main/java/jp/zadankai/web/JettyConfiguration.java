package jp.zadankai.web;

import java.time.Duration;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.zadankai.like.LikePolicy;
import jp.zadankai.like.LikeStore;
import jp.zadankai.site.CurrentSite;

/** The server's own parts; {@code check} and {@code export} build a snapshot without a server and need none. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class JettyConfiguration {

    /**
     * Pages, and the スキ button's routes, are answered by handlers ahead of the servlet context; errors Jetty
     * raises before any handler get the site's page; X-Forwarded-For and -Proto are believed from the trusted
     * proxies only. Taking the snapshot's holder here makes it with the web server, the first of the application's
     * beans: its first build then runs beside the making of everything else. The requests in flight are counted at
     * the top, for the graceful stop ({@link GracefulStop}).
     */
    @Bean
    JettyServerCustomizer siteHandlers(CurrentSite currentSite,
                                       @Value("${zadankai.trusted-proxies}") String trustedProxies,
                                       @Value("${server.jetty.max-connections}") int maxConnections,
                                       LikeStore likeStore, LikePolicy likePolicy) {
        return server -> {
            Handler likes = new LikeHandler(likeStore, currentSite::get, likePolicy, server.getHandler());
            server.setHandler(new GracefulHandler(new PageHandler(currentSite::get,
                    SecurityHeadersFilter.headers(false), SecurityHeadersFilter.headers(true),
                    SecurityHeadersFilter.MEDIA_POLICY, likes)));
            server.setErrorHandler(new SiteErrorHandler(currentSite::get));
            server.addBean(shorterIdleTimeoutWhenCrowded(server, maxConnections));
            for (var connector : server.getConnectors()) {
                if (connector instanceof ServerConnector listening) {
                    // Java's default of 50 is filled by a burst of connections faster than Jetty sets each one up;
                    // the kernel then drops a newcomer's SYN and its client waits a second to retry. nginx asks
                    // Linux for 511.
                    listening.setAcceptQueueSize(511);
                }
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    HttpConfiguration configuration = http.getHttpConfiguration();
                    configuration.addCustomizer(new TrustedProxies(trustedProxies));
                    // A tag such as 「100%」 has a %25 in its link; pages are looked up by the decoded path in a map,
                    // never on a file system, so the one ambiguity this allows is harmless. An encoded slash stays
                    // refused.
                    configuration.setUriCompliance(UriCompliance.DEFAULT.with("zadankai",
                            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
                }
            }
        };
    }

    /** Graceful stop without Spring Boot's per-request statistics: see {@link GracefulStop}. */
    @Bean
    GracefulStop gracefulStop(WebServerApplicationContext context,
                              @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        return new GracefulStop(() -> ((JettyWebServer) context.getWebServer()).getServer(), timeout);
    }

    /**
     * Connections that send part of a request and fall silent (slowloris) would hold the connection slots for the
     * whole idle timeout while readers wait: once four in five slots are taken, a connection idle for a second is
     * closed, until the crowd has gone, however many more arrive.
     */
    private static LowResourceMonitor shorterIdleTimeoutWhenCrowded(Server server, int maxConnections) {
        LowResourceMonitor monitor = new LowResourceMonitor(server);
        monitor.setPeriod(250);
        monitor.setLowResourcesIdleTimeout(1_000);
        // Jetty gives the shorter timeout to the connections open when the crowd came; those it accepts later
        // would keep the full one (measured: 2,400 more silent connections held the slots 20 s), unless it is
        // given again to all while the crowd stays.
        monitor.setMaxLowResourcesTime(250);
        monitor.setAcceptingInLowResources(true);
        monitor.addLowResourceCheck(new LowResourceMonitor.LowResourceCheck() {
            @Override
            public boolean isLowOnResources() {
                int open = 0;
                for (Connector connector : server.getConnectors()) {
                    open += connector.getConnectedEndPoints().size();
                }
                return open >= maxConnections * 4 / 5;
            }

            @Override
            public String getReason() {
                return "four in five connection slots taken";
            }
        });
        return monitor;
    }
}

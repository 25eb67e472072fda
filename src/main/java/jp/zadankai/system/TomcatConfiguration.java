package jp.zadankai.system;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.zadankai.site.CurrentSite;
import jp.zadankai.site.SiteErrorReportValve;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /** Errors Tomcat raises before the application sees the request get the site's own page as well. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorPages(ObjectProvider<CurrentSite> currentSite) {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                SiteErrorReportValve valve = new SiteErrorReportValve(() -> {
                    CurrentSite site = currentSite.getIfAvailable();
                    return site == null ? null : site.get();
                }, SecurityHeadersFilter::addHeaders);
                host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                host.getPipeline().addValve(valve);
            }
        });
    }
}

package jp.zadankai.system;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

import jp.zadankai.article.ArticleLoader;
import jp.zadankai.content.ClasspathContentSource;
import jp.zadankai.content.ContentLimits;
import jp.zadankai.content.ContentSource;
import jp.zadankai.content.DirectoryContentSource;
import jp.zadankai.editor.ContentWatcher;
import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.site.CurrentSite;
import jp.zadankai.site.SiteAssets;
import jp.zadankai.site.SiteBuilder;
import jp.zadankai.web.WarmUp;

/**
 * The one place where settings meet the classes that use them: each bean is given the values it needs, so that
 * no package below this one reads the settings object.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZadankaiProperties.class)
class SiteConfiguration {

    /**
     * Bundled content takes the build's time ({@code build.time} in build-info, the pom's fixed
     * {@code project.build.outputTimestamp}); a build without build-info (an IDE's) has none and says 1970.
     */
    @Bean
    ContentSource contentSource(ZadankaiProperties properties, ObjectProvider<BuildProperties> build) {
        if (properties.contentDir() == null || properties.contentDir().isBlank()) {
            BuildProperties info = build.getIfAvailable();
            return new ClasspathContentSource(info != null && info.getTime() != null ? info.getTime() : Instant.EPOCH,
                    limits(properties));
        }
        return new DirectoryContentSource(Path.of(properties.contentDir()), limits(properties));
    }

    private static ContentLimits limits(ZadankaiProperties properties) {
        return new ContentLimits(Math.max(properties.maxFileSize().toBytes(), properties.maxMediaSize().toBytes()),
                properties.maxContentSize().toBytes());
    }

    @Bean
    ArticleLoader articleLoader(MarkdownRenderer markdown, ZadankaiProperties properties) {
        return new ArticleLoader(markdown, properties.maxFileSize().toBytes(), properties.renderTimeout());
    }

    /** Served pages carry the スキ button, pointing at this server. */
    @Bean
    @ConditionalOnWebApplication
    SiteBuilder siteBuilder(ArticleLoader articleLoader, ITemplateEngine templates, ZadankaiProperties properties) {
        return siteBuilder(articleLoader, templates, properties, "");
    }

    /** An export carries the button only when a server that counts is named. */
    @Bean
    @ConditionalOnNotWebApplication
    SiteBuilder exportSiteBuilder(ArticleLoader articleLoader, ITemplateEngine templates,
                                  ZadankaiProperties properties) {
        return siteBuilder(articleLoader, templates, properties, properties.likes().server());
    }

    private static SiteBuilder siteBuilder(ArticleLoader articleLoader, ITemplateEngine templates,
                                           ZadankaiProperties properties, String likeServer) {
        return new SiteBuilder(articleLoader, templates, SiteAssets.fromClasspath(), properties.site(),
                properties.preview(), likeServer);
    }

    @Bean
    @ConditionalOnWebApplication
    CurrentSite currentSite(SiteBuilder builder, ContentSource source) {
        return new CurrentSite(builder, source);
    }

    @Bean
    @ConditionalOnWebApplication
    ContentWatcher contentWatcher(ContentSource source, CurrentSite currentSite, ZadankaiProperties properties) {
        return new ContentWatcher(source, currentSite, properties.watchInterval());
    }

    @Bean
    @ConditionalOnWebApplication
    WarmUp warmUp(CurrentSite currentSite, ZadankaiProperties properties) {
        return new WarmUp(currentSite, properties.warmUp());
    }
}

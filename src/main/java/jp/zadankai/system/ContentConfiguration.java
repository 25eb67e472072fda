package jp.zadankai.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.zadankai.content.ClasspathContentSource;
import jp.zadankai.content.ContentSource;
import jp.zadankai.content.DirectoryContentSource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZadankaiProperties.class)
class ContentConfiguration {

    @Bean
    ContentSource contentSource(ZadankaiProperties properties) {
        return properties.contentDir() == null ? new ClasspathContentSource()
                : new DirectoryContentSource(properties.contentDir());
    }
}

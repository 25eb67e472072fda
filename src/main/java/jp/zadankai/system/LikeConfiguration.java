package jp.zadankai.system;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.zadankai.like.LikePolicy;
import jp.zadankai.like.LikeStore;
import jp.zadankai.like.LikesUnavailableException;

/**
 * The スキ button: its store on the DataSource Spring Boot makes from {@code spring.datasource.*} (SQLite in the data
 * folder unless a PostgreSQL server is named), and the limits its routes apply (the web layer answers them).
 * {@code check} and {@code export} never touch the database: the store connects at its first use.
 */
@Configuration(proxyBeanMethods = false)
class LikeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(LikeConfiguration.class);
    /** More requests than this waiting on the database would take threads the pages need. */
    private static final int CONCURRENCY = 16;
    private static final Duration WAIT = Duration.ofMillis(250);
    /** A commit slower than this is a database in trouble: the reader is told rather than kept waiting. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    @Bean
    LikeStore likeStore(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource,
                        ZadankaiProperties properties, @Value("${spring.datasource.url}") String url) {
        return new LikeStore(jdbc, new TransactionTemplate(transactions), dataSource,
                url.startsWith("jdbc:sqlite:") ? properties.dataDir() : null, CONCURRENCY, WAIT, ANSWER_WITHIN);
    }

    @Bean
    LikePolicy likePolicy(ZadankaiProperties properties) {
        return new LikePolicy(properties.likes().burst(), properties.likes().perMinute(),
                properties.site().baseUrl());
    }

    /** The schema is brought up to date as the server starts; a database that is down does not stop the pages. */
    @Bean
    @ConditionalOnWebApplication
    SmartLifecycle likeSchema(LikeStore store) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                try {
                    store.migrate();
                } catch (LikesUnavailableException | org.flywaydb.core.api.FlywayException e) {
                    log.warn("Likes unavailable until the database answers: {}", e.getMessage());
                }
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}

package id.redaksi;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL from the application's own dependencies when no database URL is configured,
 * so that one command runs the whole portal. With {@code spring.datasource.url} set, Spring Boot's
 * usual DataSource is used and nothing here happens.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        var cluster = settings.directory().resolve("postgres").toAbsolutePath();
        var runtime = settings.directory().resolve("postgres-runtime").toAbsolutePath();
        Files.createDirectories(runtime);
        OrphanedDatabase.stopIfRunning(cluster, Duration.ofSeconds(30));
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(settings.clean())
                .setOverrideWorkingDirectory(runtime.toFile())
                // zonky's own JVM shutdown hook would stop the server while Spring still shuts down, and the last
                // flush of read counts would find no database; this bean's close() stops it after every user of it
                .setRegisterShutdownHook(false)
                // zonky starts the server with -F (fsync off) and synchronous_commit off, which loses
                // committed data on a crash; a portal keeps what its newsroom saved.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), cluster);
        return postgres;
    }

    /**
     * Bound to {@code spring.datasource.hikari.*} as Spring Boot binds the pool of an external database, so that
     * both read the same settings (the connection timeout in application.properties); the pool starts at its
     * first connection, after the binding.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setPoolName("embedded");
        pool.setMaximumPoolSize(20);
        return pool;
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}

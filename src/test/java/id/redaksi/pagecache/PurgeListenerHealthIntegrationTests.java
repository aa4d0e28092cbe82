package id.redaksi.pagecache;

import static id.redaksi.pagecache.PagePurgeAcrossNodesIntegrationTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.redaksi.Browser;
import id.redaksi.PortalTest;
import id.redaksi.Scrape;
import id.redaksi.site.Sites;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The health endpoint tells when this node stops hearing the other nodes' purges, and readiness waits for the first
 * LISTEN but not for later ones; the purge delay is measured from the sender's clock.
 */
@PortalTest
class PurgeListenerHealthIntegrationTests {

    @Autowired
    Sites sites;

    @Autowired
    Browser browser;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PageCache cache;

    @Test
    void aListenerWhoseConnectionIsKilledIsDownUntilItListensAgain() throws SQLException {
        await(Duration.ofSeconds(10), () -> "UP".equals(purgeListener()));

        try (var admin = adminConnection();
                var statement = admin.createStatement()) {
            var database = database();
            statement.execute("alter database \"" + database + "\" allow_connections false");
            try {
                statement.execute(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'redaksi page purges'");
                await(Duration.ofSeconds(10), () -> "DOWN".equals(purgeListener()));
                assertThat(browser.get("localhost", "/actuator/health").status())
                        .isEqualTo(503);
                // the load balancer keeps the node: it still serves its kept pages (README, "Health")
                assertThat(browser.get("localhost", "/actuator/health/readiness")
                                .status())
                        .isEqualTo(200);
            } finally {
                statement.execute("alter database \"" + database + "\" allow_connections true");
            }
        }

        await(Duration.ofSeconds(20), () -> "UP".equals(purgeListener()));
        assertThat(browser.get("localhost", "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aNodeIsNotReadyUntilItsFirstListenAndStaysReadyAfter() {
        var listener = new PurgeListener(
                dataSource, cache, new PurgeMessages(jdbc, json, "node-warm"), sites, new SimpleMeterRegistry());
        var warmUp = new WarmUpHealthIndicator(listener);
        var health = new PurgeListenerHealthIndicator(listener);
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        listener.start();
        try {
            await(Duration.ofSeconds(5), listener::listening);
            assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            listener.stop();
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void thePurgeDelayFromAnotherNodeIsTimed() {
        await(Duration.ofSeconds(10), () -> "UP".equals(purgeListener()));
        var before = Scrape.of(browser);

        long sent = System.currentTimeMillis() - 1500;
        jdbc.sql("select pg_notify('redaksi_purge', :payload)")
                .param("payload", "{\"node\":\"elsewhere\",\"site\":1,\"article\":1,\"sent\":" + sent + "}")
                .query()
                .listOfRows();

        await(
                Duration.ofSeconds(5),
                () -> Scrape.of(browser).value("redaksi_pagecache_purge_delay_seconds_count")
                        == before.value("redaksi_pagecache_purge_delay_seconds_count") + 1);
        var after = Scrape.of(browser);
        assertThat(after.value("redaksi_pagecache_purge_delay_seconds_sum")
                        - before.value("redaksi_pagecache_purge_delay_seconds_sum"))
                .isBetween(1.5, 6.5);
    }

    private String purgeListener() {
        var health = json.readTree(browser.get("localhost", "/actuator/health").body());
        return health.path("components").path("purgeListener").path("status").asString(null);
    }

    private String database() {
        return jdbc.sql("select current_database()").query(String.class).single();
    }

    /** PostgreSQL turns away connections to a database only from a session in another one. */
    private Connection adminConnection() throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        var elsewhere = pool.getJdbcUrl().replaceFirst("/" + database() + "(\\?|$)", "/template1$1");
        return DriverManager.getConnection(elsewhere, properties);
    }
}

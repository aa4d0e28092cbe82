package id.redaksi.pagecache;

import com.zaxxer.hikari.HikariDataSource;
import id.redaksi.site.Sites;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the purges other nodes send over PostgreSQL's LISTEN/NOTIFY. One thread per node holds one connection of
 * its own, opened with the pool's address and credentials but outside the pool: LISTEN belongs to a session, and a
 * pooled connection would be handed to requests. When the database goes away the thread reconnects with a growing
 * pause, and once back it drops every kept page and reads the sites again, since it may have missed messages meanwhile.
 */
@Component
class PurgeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PurgeListener.class);
    /** How long one wait for notifications blocks; a notification ends the wait at once. */
    private static final int WAIT_MILLIS = 500;
    /** A connection dropped without a word (a firewall, a failover) shows only when we send something. */
    private static final long PROBE_NANOS = Duration.ofSeconds(10).toNanos();

    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 10_000;

    private final DataSource dataSource;
    private final PageCache cache;
    private final PurgeMessages messages;
    private final Timer delay;
    private final Sites sites;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile boolean warmedUp;
    private Thread thread;

    PurgeListener(DataSource dataSource, PageCache cache, PurgeMessages messages, Sites sites, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.messages = messages;
        this.sites = sites;
        this.delay = Timer.builder("redaksi.pagecache.purge.delay")
                .description("From another node's commit to this node's purge (the nodes' clocks must agree)")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (!pooledByHikari()) {
            log.warn("The DataSource is no Hikari pool; this node will not hear page purges from other nodes");
            warmedUp = true; // nothing to wait for
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("page-purge-listener").start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the thread holds a connection with LISTEN in force: the health endpoint's {@code purgeListener}. */
    boolean listening() {
        return listening;
    }

    /** Whether LISTEN was in force at least once since the start: until then this node is not ready for readers. */
    boolean warmedUp() {
        return warmedUp;
    }

    private void run() {
        long pause = FIRST_PAUSE_MILLIS;
        while (running) {
            try (var connection = open()) {
                subscribe(connection);
                pause = FIRST_PAUSE_MILLIS;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn(
                            "Page purges from other nodes not heard ({}); connecting again in {} ms",
                            e.toString(),
                            pause);
                    sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                }
            }
        }
        listening = false;
    }

    private void subscribe(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("listen " + PurgeMessages.CHANNEL);
        }
        cache.purgeAll();
        sites.reload();
        listening = true;
        warmedUp = true;
        log.info("Listening for page purges on channel {}", PurgeMessages.CHANNEL);
    }

    private void receive(Connection connection) throws SQLException {
        var postgres = connection.unwrap(PGConnection.class);
        long probed = System.nanoTime();
        while (running) {
            var notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (var notification : notifications) {
                    apply(notification.getParameter());
                }
            }
            if (System.nanoTime() - probed > PROBE_NANOS) {
                try (var statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                probed = System.nanoTime();
            }
        }
    }

    private void apply(String payload) {
        messages.read(payload).ifPresent(purge -> {
            if (purge.all()) {
                cache.purgeAll();
                sites.reload();
            } else if (purge.sites()) {
                sites.reload();
            } else {
                cache.purgeArticle(purge.siteId(), purge.articleId());
            }
            if (purge.sentMillis() > 0) {
                delay.record(Math.max(0, System.currentTimeMillis() - purge.sentMillis()), TimeUnit.MILLISECONDS);
            }
        });
    }

    private boolean pooledByHikari() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A connection of our own, with the pool's address, credentials and driver settings. */
    private Connection open() throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "redaksi page purges");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

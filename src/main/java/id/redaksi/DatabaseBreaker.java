package id.redaksi;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database can be reached, as this node last found out: a circuit breaker. A failed attempt to get a
 * connection opens it; while it is open every request for a connection fails at once instead of waiting the
 * pool's connection timeout (so kept pages, feeds and API answers go out without delay), and one background probe a
 * second, on a connection of its own with a short timeout, closes it when the database answers again.
 *
 * <p>Asking {@link #isDown()} is one volatile read: it sits on the path of every request that finds an expired page.
 */
public class DatabaseBreaker {

    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    private static final String PROBE_TIMEOUT_SECONDS = "1";

    private static final Logger log = LoggerFactory.getLogger(DatabaseBreaker.class);

    private volatile boolean down;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile DataSource target;

    /** Whether the last word on the database was that it cannot be reached. */
    public boolean isDown() {
        return down;
    }

    /**
     * Whether a failure is the database being out of reach (no connection, no transaction could begin) rather than
     * something wrong with a query or its input: only the former is an outage, answered 503.
     */
    public static boolean unreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    void watch(DataSource dataSource) {
        this.target = dataSource;
    }

    /**
     * A connection could not be had. A pool that timed out with no failure to name was only busy (every connection
     * lent out), which is load, not an outage; so is a pool closed at shutdown. Anything else opens the breaker.
     */
    void connectionFailed(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException && failure.getCause() == null || shutDown()) {
            return;
        }
        if (!down) {
            down = true;
            log.warn("The database cannot be reached ({}); kept pages answer until it can", failure.toString());
        }
        if (probing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("database-probe").start(this::probeUntilUp);
        }
    }

    /** A pool closed at shutdown refuses connections too; that is no outage to probe for. */
    private boolean shutDown() {
        try {
            return target.isWrapperFor(HikariDataSource.class)
                    && target.unwrap(HikariDataSource.class).isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private void probeUntilUp() {
        try {
            while (down) {
                Thread.sleep(PROBE_EVERY);
                if (answers()) {
                    down = false;
                    log.info("The database answers again");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            probing.set(false);
        }
        // a failure between the last probe and the flag's reset found no probe running: start one
        if (down && probing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("database-probe").start(this::probeUntilUp);
        }
    }

    private boolean answers() {
        try (var connection = open();
                var statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            log.debug("The database does not answer yet: {}", e.toString());
            return false;
        }
    }

    /** A connection of the probe's own, outside the pool, so it can give up after a second instead of five. */
    private Connection open() throws SQLException {
        if (!target.isWrapperFor(HikariDataSource.class)) {
            return target.getConnection();
        }
        var pool = target.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", PROBE_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", PROBE_TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", PROBE_TIMEOUT_SECONDS);
        properties.setProperty("ApplicationName", "redaksi database probe");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}

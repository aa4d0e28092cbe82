package id.redaksi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource behind the {@link DatabaseBreaker}: tells the breaker when a connection cannot be
 * had, and while it is open refuses at once rather than let every request wait out the pool's timeout.
 */
final class BreakerDataSource extends DelegatingDataSource {

    /** SQLSTATE "sqlclient unable to establish sqlconnection", as a driver says it. */
    private static final String UNABLE_TO_CONNECT = "08001";

    private final DatabaseBreaker breaker;

    BreakerDataSource(DataSource pool, DatabaseBreaker breaker) {
        super(pool);
        this.breaker = breaker;
        breaker.watch(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileDown();
        try {
            return super.getConnection();
        } catch (SQLException e) {
            breaker.connectionFailed(e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileDown();
        try {
            return super.getConnection(username, password);
        } catch (SQLException e) {
            breaker.connectionFailed(e);
            throw e;
        }
    }

    private void refuseWhileDown() throws SQLException {
        if (breaker.isDown()) {
            throw new SQLTransientConnectionException(
                    "The database cannot be reached; a background probe checks every second", UNABLE_TO_CONNECT);
        }
    }
}

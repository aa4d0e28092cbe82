package id.redaksi.pagecache;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A database outage as the pool sees one: the shared PostgreSQL keeps running (every other test needs it) but ends
 * every session and refuses new ones, so each connection attempt fails as it would with the server stopped. The
 * one session that can end it is opened before it starts.
 */
final class RefusedConnections implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private RefusedConnections(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    static RefusedConnections start(DataSource dataSource) throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        String database;
        try (var connection = pool.getConnection()) {
            database = connection.getCatalog();
        }
        // PostgreSQL turns away connections to a database only from a session in another one
        var elsewhere = pool.getJdbcUrl().replaceFirst("/" + database + "(\\?|$)", "/template1$1");
        var admin = DriverManager.getConnection(elsewhere, properties);
        try (var statement = admin.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections false");
            statement.execute(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '%s'".formatted(database));
        }
        return new RefusedConnections(admin, database);
    }

    @Override
    public void close() throws SQLException {
        try (admin;
                var statement = admin.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections true");
        }
    }
}

package id.redaksi;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second node of the portal in the tests' JVM: the whole application, with its own web server, session filter, page
 * cache, site snapshot and LISTEN thread, on the database of the {@link PortalTest} context, as a second machine
 * behind a load balancer runs it. Slower to start than a bean or two, so a test class starts it once.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the first node's database; {@code settings} are further {@code name=value} settings. */
    public static SecondNode on(DataSource database, String... settings) throws SQLException {
        var pool = database.unwrap(HikariDataSource.class);
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + Objects.toString(pool.getPassword(), ""),
                "--server.port=0",
                "--redaksi.mail.enabled=false",
                "--spring.main.banner-mode=off"));
        for (var setting : settings) {
            arguments.add("--" + setting);
        }
        var context = new SpringApplicationBuilder(RedaksiApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        return new SecondNode(context);
    }

    /** Reads pages from this node over HTTP. */
    public Browser browser() {
        return new Browser(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}

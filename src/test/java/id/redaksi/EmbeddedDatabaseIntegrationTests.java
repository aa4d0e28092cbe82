package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class EmbeddedDatabaseIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void waitsFiveSecondsForAConnectionAsTheExternalPoolDoes() throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getPoolName()).isEqualTo("embedded");
        assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
    }

    @Test
    void keepsWhatItCommitsAcrossACrash() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void listensOnTcpOnlyAndRunsPostgresql18() {
        assertThat(setting("unix_socket_directories")).isEmpty();
        assertThat(setting("server_version")).startsWith("18.");
    }

    @Test
    void hasTheSearchConfigurationAndExtensionsWeRelyOn() {
        assertThat(jdbc.sql("select count(*) from pg_ts_config where cfgname = 'indonesian'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql(
                                "select string_agg(extname, ',' order by extname) from pg_extension where extname <> 'plpgsql'")
                        .query(String.class)
                        .single())
                .isEqualTo("pg_trgm,unaccent");
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)")
                .param("name", name)
                .query(String.class)
                .single();
    }
}

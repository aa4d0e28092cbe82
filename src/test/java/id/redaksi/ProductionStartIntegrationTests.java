package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production start exactly as README's "An external PostgreSQL" gives it: a PostgreSQL started on its own
 * (the embedded binaries serve as that server, with a database and an owner that is not a superuser), and the
 * application started with nothing but the three {@code spring.datasource} arguments; no test profile, no demo
 * profile. Its own application, started once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartIntegrationTests {

    private static final Pattern SETUP_TOKEN = Pattern.compile(
            "Redaksi has no newsroom account yet\\. Create the first network admin at /redaksi/setup with the "
                    + "one-time token: ([A-Za-z0-9_-]{32})");

    private final Path directory = Path.of("target", "production-start-" + UUID.randomUUID());
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private EmbeddedPostgres server;
    private ConfigurableApplicationContext application;
    private String startLog;
    private JdbcClient database;

    @BeforeAll
    void startAsReadmeSays(CapturedOutput output) throws IOException, SQLException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres").toAbsolutePath())
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(Path.of("target", "production-start-postgres-runtime")
                        .toAbsolutePath()
                        .toFile())
                .start();
        var password = UUID.randomUUID().toString();
        try (var admin = server.getPostgresDatabase().getConnection();
                var statement = admin.createStatement()) {
            statement.execute("create role redaksi login password '" + password + "'");
            statement.execute("create database redaksi owner redaksi");
        }
        application = new SpringApplicationBuilder(RedaksiApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/redaksi",
                        "--spring.datasource.username=redaksi",
                        "--spring.datasource.password=" + password,
                        "--server.port=0",
                        "--redaksi.media.directory=" + directory.resolve("media"));
        startLog = output.getAll();
        database = JdbcClient.create(server.getDatabase("postgres", "redaksi"));
    }

    @AfterAll
    void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The versions of the migrations the application carries, as Flyway writes them ({@code V73_1__} is 73.1). */
    private static List<String> migrations() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(Resource::getFilename)
                .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                .toList();
    }

    @Test
    void migratesTheExternalDatabaseAndWaitsFiveSecondsForAConnection() throws Exception {
        assertThat(database.sql("select version from flyway_schema_history where success and version is not null")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(migrations());
        // the pool sits behind the database breaker
        var pool = application.getBean(DataSource.class).unwrap(HikariDataSource.class);
        assertThat(pool.getJdbcUrl()).endsWith(":" + server.getPort() + "/redaksi");
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
    }

    @Test
    void answersTheHealthCheck() throws Exception {
        // the node reports itself up once its purge listener has connected (warmUp), a moment after the start on a
        // busy machine: as a load balancer does, ask again for a while
        var health = get("/actuator/health");
        for (var deadline = System.nanoTime() + 30_000_000_000L;
                health.statusCode() != 200 && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            health = get("/actuator/health");
        }

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void createsNoSiteAndNoAccount() throws Exception {
        assertThat(database.sql("select count(*) from app_user")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(database.sql("select count(*) from site").query(Long.class).single())
                .isZero();

        var login = Jsoup.parse(get("/redaksi/masuk").body());
        var form = "username=admin&password=" + UUID.randomUUID() + "&_csrf="
                + URLEncoder.encode(login.select("input[name=_csrf]").val(), StandardCharsets.UTF_8);
        var attempt = http.send(
                request("/redaksi/masuk")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(attempt.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/redaksi/masuk?gagal"));
    }

    @Test
    void printsTheSetupTokenAndOffersTheSetupPage() throws Exception {
        var token = SETUP_TOKEN.matcher(startLog);
        assertThat(token.find()).as("the setup token line in the start log").isTrue();
        assertThat(startLog).doesNotContain("Demo accounts");

        var setup = get("/redaksi/setup");
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(setup.body()).select("form[action=/redaksi/setup] input[name]"))
                .extracting(input -> input.attr("name"))
                .containsExactly("_csrf", "token", "username", "displayName", "password");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}

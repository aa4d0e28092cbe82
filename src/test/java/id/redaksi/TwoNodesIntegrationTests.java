package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.account.Role;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, as behind a load balancer without stickiness: the {@link PortalTest} context is node A,
 * {@link SecondNode} node B. A login made through one node works on the other, and a change of sites made through one
 * reaches the other over the purge channel; one nobody announced, within the recheck.
 */
@PortalTest
class TwoNodesIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIntegrationTests.class);

    /** Node B reads the sites again only when told: what it learns within a test came over LISTEN/NOTIFY. */
    private static SecondNode nodeB;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser nodeA;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Site site;
    String host;

    @BeforeEach
    void setUp() throws SQLException {
        if (nodeB == null) {
            nodeB = SecondNode.on(dataSource, "redaksi.site.recheck=1h");
        }
        site = fixtures.site().create();
        host = site.hosts().getFirst();
        // node B hears of the new site once its LISTEN is in force (it starts listening as it starts)
        await(
                Duration.ofSeconds(30),
                () -> nodeB.bean(Sites.class).byId(site.id()).isPresent());
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void aLoginThroughOneNodeSavesAStoryThroughTheOtherAndKeepsItsThirtyMinutes() throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul Dari Simpul A"));
        var path = "/redaksi/" + site.slug() + "/cerita/" + story.id();
        var loginPage = nodeA.get(host, "/redaksi/masuk");
        var anonymous = cookie(loginPage);

        var cookie = cookie(nodeA.post(
                host,
                "/redaksi/masuk",
                form("username", writer.username(), "password", Fixtures.PASSWORD, "_csrf", csrf(loginPage)),
                "Cookie",
                anonymous));
        assertThat(cookie).isNotEqualTo(anonymous);
        var editor = nodeA.get(host, path, "Cookie", cookie);
        assertThat(editor.status()).isEqualTo(200);
        var storyForm = (FormElement) editor.html().selectFirst("form#story-form");
        var fields = storyForm.formData().stream()
                .map(field -> field.key().equals("title") ? field.value("Judul Disimpan Lewat Simpul B") : field)
                .map(field -> encode(field.key()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));

        var saved = nodeB.browser().post(host, path, fields, "Cookie", cookie);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith(path);
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul Disimpan Lewat Simpul B");
        assertThat(nodeB.browser()
                        .get(host, path, "Cookie", cookie)
                        .html()
                        .selectFirst("p.alert[role=status]")
                        .text())
                .isEqualTo("Tersimpan.");

        // the desk's keep-alive through node B moves the shared session's last access; the idle limit stays 30 minutes
        long before = lastAccess(cookie);
        Thread.sleep(5);
        var keptAlive = nodeB.browser().get(host, "/redaksi/sesi", "Cookie", cookie, "Accept", "application/json");
        assertThat(keptAlive.status()).isEqualTo(200);
        assertThat(lastAccess(cookie)).isGreaterThan(before);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                        .param("id", sessionId(cookie))
                        .query(Integer.class)
                        .single())
                .isEqualTo(30 * 60);

        // logging out through node B ends the session on node A too
        var out = nodeB.browser().post(host, "/redaksi/keluar", form("_csrf", csrf(editor)), "Cookie", cookie);
        assertThat(out.header("Location")).endsWith("/redaksi/masuk?keluar");
        assertThat(nodeA.get(host, path, "Cookie", cookie).header("Location")).endsWith("/redaksi/masuk");
    }

    @Test
    void aRubricAddedThroughOneNodeShowsOnTheOtherWithinASecond() {
        var nodeBPages = nodeB.browser();
        assertThat(rubricNames(nodeBPages)).doesNotContain("Lingkungan Hidup");

        long start = System.nanoTime();
        sites.addRubric(site.id(), "lingkungan-hidup", "Lingkungan Hidup");
        await(Duration.ofSeconds(5), () -> rubricNames(nodeBPages).contains("Lingkungan Hidup"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        log.info("A rubric added on node A showed on node B's front page after {} ms", millis);
        assertThat(nodeBPages.get(host, "/kanal/lingkungan-hidup").status()).isEqualTo(200);
    }

    @Test
    void aChangeNoNodeAnnouncedShowsWithinTheRecheck() {
        assertThat(rubricNames(nodeA)).doesNotContain("Cuaca");

        long start = System.nanoTime();
        // straight into the database: no node sends a message, as when one was missed
        jdbc.sql("insert into rubric (site_id, slug, name, position) values (:site, 'cuaca', 'Cuaca', 99)")
                .param("site", site.id())
                .update();
        // node A reads the sites again every second here (redaksi.site.recheck, 5 s by default)
        await(Duration.ofSeconds(5), () -> rubricNames(nodeA).contains("Cuaca"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        log.info("A rubric nobody announced showed on node A's front page after {} ms", millis);
        assertThat(nodeA.get(host, "/kanal/cuaca").status()).isEqualTo(200);
    }

    private java.util.List<String> rubricNames(Browser node) {
        var front = node.get(host, "/");
        assertThat(front.status()).isEqualTo(200);
        return front.html().select("nav.rubrics a").eachText();
    }

    private long lastAccess(String cookie) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", sessionId(cookie))
                .query(Long.class)
                .single();
    }

    /** Spring Session's cookie carries the session id in Base64. */
    private static String sessionId(String cookie) {
        var value = cookie.substring(cookie.indexOf('=') + 1);
        return new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
    }

    private static String cookie(Browser.Page page) {
        var header = page.header("Set-Cookie");
        assertThat(header).as("Set-Cookie").startsWith("JSESSIONID=");
        return header.substring(0, header.indexOf(';'));
    }

    private static String csrf(Browser.Page page) {
        return page.html().selectFirst("input[name=_csrf]").val();
    }

    private static String form(String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void await(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

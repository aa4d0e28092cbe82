package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages while the database cannot answer, simulated by renaming the article table away (stopping the shared
 * database would stop every other test's too): kept pages are served even past their lifetime, others get a 503
 * in the site's look, and pages render again as soon as the table is back.
 */
@PortalTest
class DatabaseOutageIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PageCache cache;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void keptPagesAnswerAndOthersGetAFriendly503UntilTheDatabaseIsBack() {
        Site site = fixtures.site().named("Kabar Tahan Banting").create();
        var http = new RawHttp(port, site.hosts().getFirst());
        var kept = http.canonical(
                fixtures.article(site).title("Sudah Pernah Dibaca").publish());
        var unread = http.canonical(
                fixtures.article(site).title("Belum Pernah Dibaca").publish());
        var keptBody = http.get(kept).body();
        cache.expireAll();

        jdbc.sql("alter table article rename to article_away").update();
        try {
            var stale = http.get(kept);
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(keptBody);
            assertThat(stale.headers().firstValue("Cache-Control")).hasValue(DatabaseOutage.STALE);

            var missing = http.get(unread);
            assertThat(missing.statusCode()).isEqualTo(503);
            assertThat(missing.headers().firstValue("Retry-After")).hasValue("30");
            var page = Jsoup.parse(RawHttp.text(missing));
            assertThat(page.select("h1").text()).isEqualTo("Sedang ada gangguan");
            assertThat(page.text()).contains("Kabar Tahan Banting").doesNotContain("Exception", "SQL");
        } finally {
            jdbc.sql("alter table article_away rename to article").update();
        }

        assertThat(http.get(unread).statusCode()).isEqualTo(200);
        assertThat(RawHttp.text(http.get(kept))).contains("Sudah Pernah Dibaca");
    }
}

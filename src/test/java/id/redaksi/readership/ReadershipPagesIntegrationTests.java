package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What readers see of the counts: the article's own count, and the most-read lists of the site and its rubrics. */
@PortalTest
class ReadershipPagesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    PublishedArticles published;

    @Autowired
    HitCounter counter;

    @Autowired
    ReadTokens tokens;

    @Autowired
    JdbcClient jdbc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void theArticlePageShowsHowOftenItWasReadAndSendsTheBeacon() {
        long id = fixtures.article(site).publish();
        long unread = fixtures.article(site).title("Belum Ada yang Membaca").publish();
        // the unread one, since a page once read is kept in memory with its count for a few minutes
        assertThat(read(unread).select(".reads")).isEmpty();

        // the token the page will carry: reading the page first would keep it, with no reads, for a minute
        var token = tokens.forArticle(site.id(), id);
        for (var address : new String[] {"10.30.0.1", "10.30.0.2", "10.30.0.3", "10.30.0.3"}) {
            browser.post(
                    host(),
                    "/hit",
                    "id=" + id + "&token=" + token,
                    "User-Agent",
                    BeaconIntegrationTests.FIREFOX,
                    "X-Forwarded-For",
                    address);
        }
        counter.flush();

        var page = read(id);
        assertThat(page.select(".dates .reads").text()).isEqualTo("Dibaca 3 kali");
        assertThat(page.select("script[data-article]").attr("data-article")).isEqualTo(String.valueOf(id));
        assertThat(page.select("script[data-article]").html())
                .contains("navigator.sendBeacon('/hit'", "document.prerendering");
        assertThat(page.select("script[data-article]").attr("data-token")).matches("[0-9a-z]+\\.[A-Za-z0-9_-]{22}");
        assertThat(page.select("noscript").html())
                .contains("/hit.gif?id=" + id + "&amp;token="
                        + page.select("script[data-article]").attr("data-token"));
    }

    @Test
    void largeCountsAreWrittenWithDotsBetweenThousands() {
        long id = fixtures.article(site).publish();
        jdbc.sql("insert into article_reads (article_id, site_id, total) values (:id, :site, 1234567)")
                .param("id", id)
                .param("site", site.id())
                .update();

        assertThat(read(id).select(".reads").text()).isEqualTo("Dibaca 1.234.567 kali");
    }

    @Test
    void theMostReadPageHasATabForEachWindowAndListsItsArticles() {
        new Lists();

        var day = browser.get(host(), "/terpopuler");
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.html().select(".tabs a").eachText()).containsExactly("24 Jam", "7 Hari", "30 Hari");
        assertThat(day.html().select(".tabs a[aria-current=page]").text()).isEqualTo("24 Jam");
        assertThat(day.html().select("h1").text()).isEqualTo("Terpopuler 24 Jam Terakhir");
        assertThat(titles(day.html())).containsExactly("Rapat Dewan", "Harga Beras");

        var week = browser.get(host(), "/terpopuler?periode=7hari").html();
        assertThat(week.select(".tabs a[aria-current=page]").text()).isEqualTo("7 Hari");
        assertThat(titles(week)).containsExactly("Pasar Murah", "Rapat Dewan", "Harga Beras");

        var month = browser.get(host(), "/terpopuler?periode=30hari").html();
        assertThat(titles(month)).containsExactly("Liga Desa", "Pasar Murah", "Rapat Dewan", "Harga Beras");
    }

    @Test
    void anUnknownPeriodIsABadRequestPage() {
        var response = browser.get(host(), "/terpopuler?periode=1tahun");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().select(".error-page p").get(1).text())
                .isEqualTo("Periode harus salah satu dari 24jam, 7hari, 30hari.");
    }

    @Test
    void theHomePageAndTheRubricPageShowTheLastDaysMostRead() {
        new Lists();

        var home = browser.get(host(), "/").html();
        assertThat(home.select(".most-read li a").eachText()).containsExactly("Rapat Dewan", "Harga Beras");

        var ekonomi = browser.get(host(), "/kanal/ekonomi").html();
        assertThat(ekonomi.select(".most-read h2").text()).isEqualTo("Terpopuler di Ekonomi");
        assertThat(ekonomi.select(".most-read li a").eachText()).containsExactly("Harga Beras");
        assertThat(browser.get(host(), "/kanal/olahraga").html().select(".most-read"))
                .isEmpty();
    }

    /**
     * Reads two hours, three days and twenty days ago, so the lists hold whatever hour the test runs at.
     * The withdrawn article is the most read of all, and must appear nowhere.
     */
    private final class Lists {

        Lists() {
            var now = Instant.now();
            reads("Rapat Dewan", "politik", now.minus(Duration.ofHours(2)), 50);
            reads("Harga Beras", "ekonomi", now.minus(Duration.ofHours(2)), 40);
            reads("Pasar Murah", "ekonomi", now.minus(Duration.ofDays(3)), 60);
            reads("Liga Desa", "olahraga", now.minus(Duration.ofDays(20)), 70);
            long withdrawn = reads("Berita Ditarik", "politik", now.minus(Duration.ofHours(2)), 999);
            fixtures.withdraw(withdrawn);
        }

        private long reads(String title, String rubric, Instant at, long reads) {
            long id = fixtures.article(site).title(title).rubric(rubric).publish();
            jdbc.sql("""
                            insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                            values (:id, :hour, :site, :rubric, :reads)
                            """)
                    .param("id", id)
                    .param("hour", Timestamp.from(Instant.ofEpochSecond(at.getEpochSecond() / 3600 * 3600)))
                    .param("site", site.id())
                    .param("rubric", site.rubric(rubric).orElseThrow().id())
                    .param("reads", reads)
                    .update();
            return id;
        }
    }

    private static List<String> titles(Document page) {
        return page.select(".most-read-list .card-title a").eachText();
    }

    private Document read(long id) {
        var located = browser.get(host(), "/baca/" + id);
        var page = browser.get(host(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

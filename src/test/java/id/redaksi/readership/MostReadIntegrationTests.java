package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The windows, counted in hourly buckets: at 10:30 the last 24 hours are the buckets from yesterday 11:00 on. */
@PortalTest
class MostReadIntegrationTests {

    private static final Instant NOW = Instant.parse("2030-01-10T10:30:00Z");
    private static final Instant HOUR = Instant.parse("2030-01-10T10:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    MostRead mostRead;

    @Autowired
    JdbcClient jdbc;

    Site site;
    long politik;
    long ekonomi;
    long now;
    long edgeOfDay;
    long dayAgo;
    long edgeOfWeek;
    long weekAgo;
    long edgeOfMonth;
    long monthAgo;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        politik = site.rubric("politik").orElseThrow().id();
        ekonomi = site.rubric("ekonomi").orElseThrow().id();
        now = read(politik, HOUR, 5);
        edgeOfDay = read(ekonomi, HOUR.minus(Duration.ofHours(23)), 8);
        dayAgo = read(politik, HOUR.minus(Duration.ofHours(24)), 20);
        edgeOfWeek = read(ekonomi, HOUR.minus(Duration.ofHours(7 * 24 - 1)), 30);
        weekAgo = read(politik, HOUR.minus(Duration.ofHours(7 * 24)), 100);
        edgeOfMonth = read(politik, HOUR.minus(Duration.ofHours(30 * 24 - 1)), 200);
        monthAgo = read(politik, HOUR.minus(Duration.ofHours(30 * 24)), 1000);
    }

    @Test
    void eachWindowCountsItsOwnHoursMostReadFirst() {
        assertThat(mostRead.onSite(site.id(), Window.DAY, NOW, 10)).containsExactly(edgeOfDay, now);
        assertThat(mostRead.onSite(site.id(), Window.WEEK, NOW, 10))
                .containsExactly(edgeOfWeek, dayAgo, edgeOfDay, now);
        assertThat(mostRead.onSite(site.id(), Window.MONTH, NOW, 10))
                .containsExactly(edgeOfMonth, weekAgo, edgeOfWeek, dayAgo, edgeOfDay, now);
    }

    @Test
    void sumsTheHoursOfAnArticleAndBreaksTiesByTheNewerArticle() {
        insert(now, politik, HOUR.minus(Duration.ofHours(2)), 4);
        long tied = read(politik, HOUR.minus(Duration.ofHours(1)), 9);

        assertThat(mostRead.onSite(site.id(), Window.DAY, NOW, 10)).containsExactly(tied, now, edgeOfDay);
        assertThat(mostRead.onSite(site.id(), Window.DAY, NOW, 2)).containsExactly(tied, now);
    }

    @Test
    void aRubricsListHasOnlyItsOwnArticles() {
        assertThat(mostRead.inRubric(politik, Window.WEEK, NOW, 10)).containsExactly(dayAgo, now);
        assertThat(mostRead.inRubric(ekonomi, Window.DAY, NOW, 10)).containsExactly(edgeOfDay);
    }

    @Test
    void anotherSitesReadsStayOnIt() {
        var other = fixtures.site().create();
        long elsewhere = fixtures.article(other).publish();
        insert(elsewhere, other.rubrics().getFirst().id(), HOUR, 500, other.id());

        assertThat(mostRead.onSite(site.id(), Window.DAY, NOW, 10)).containsExactly(edgeOfDay, now);
        assertThat(mostRead.onSite(other.id(), Window.DAY, NOW, 10)).containsExactly(elsewhere);
    }

    private long read(long rubric, Instant hour, long reads) {
        var slug = rubric == politik ? "politik" : "ekonomi";
        long id = fixtures.article(site).rubric(slug).publish();
        insert(id, rubric, hour, reads);
        return id;
    }

    private void insert(long article, long rubric, Instant hour, long reads) {
        insert(article, rubric, hour, reads, site.id());
    }

    private void insert(long article, long rubric, Instant hour, long reads, long siteId) {
        jdbc.sql("""
                        insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                        values (:article, :hour, :site, :rubric, :reads)
                        """)
                .param("article", article)
                .param("hour", Timestamp.from(hour))
                .param("site", siteId)
                .param("rubric", rubric)
                .param("reads", reads)
                .update();
    }
}

package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class HitCounterIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    HitCounter counter;

    @Autowired
    ReadCounts counts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedArticles published;

    Site site;
    long article;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        article = fixtures.article(site).publish();
    }

    @Test
    void countsEveryHitFromManyThreadsWhileFlushesRunAlongside() throws Exception {
        int threads = 16;
        int hitsEach = 5_000;
        var start = new CountDownLatch(1);
        var done = new AtomicBoolean();
        try (var pool = Executors.newFixedThreadPool(threads + 1)) {
            var readers = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < hitsEach; i++) {
                        counter.count(article, site.id(), true);
                    }
                    return null;
                }));
            }
            var flusher = pool.submit(() -> {
                while (!done.get()) {
                    counter.flush();
                }
            });
            start.countDown();
            for (var reader : readers) {
                reader.get();
            }
            done.set(true);
            flusher.get();
        }
        counter.flush();

        assertThat(counts.total(article)).isEqualTo(threads * hitsEach);
        assertThat(hourlyReads(article)).isEqualTo(threads * hitsEach);
        assertThat(jdbc.sql("select site_id from article_reads where article_id = :id")
                        .param("id", article)
                        .query(Long.class)
                        .single())
                .isEqualTo(site.id());
    }

    @Test
    void writesWhatIsLeftWhenThePortalStops() {
        for (int i = 0; i < 5; i++) {
            counter.count(article, site.id(), true);
        }

        counter.stop();
        try {
            assertThat(counts.total(article)).isEqualTo(5);
            assertThat(hourlyReads(article)).isEqualTo(5);
            assertThat(counter.isRunning()).isFalse();
        } finally {
            counter.start();
        }
    }

    @Test
    void keepsCountingWhileTheTablesAreUnreachableAndCatchesUpAfter() {
        counter.count(article, site.id(), true);
        counter.flush();
        jdbc.sql("alter table article_reads rename to article_reads_away").update();
        try {
            for (int i = 0; i < 7; i++) {
                counter.count(article, site.id(), true);
            }
            counter.flush();

            assertThat(counter.pending()).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.sql("select total from article_reads_away where article_id = :id")
                            .param("id", article)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(hourlyReads(article))
                    .as("the failed batch wrote no hourly row either")
                    .isEqualTo(1);
        } finally {
            jdbc.sql("alter table article_reads_away rename to article_reads").update();
        }
        counter.flush();

        assertThat(counts.total(article)).isEqualTo(8);
        assertThat(hourlyReads(article)).isEqualTo(8);
    }

    @Test
    void countsAnArticleNotKnownHereOnceTheFlushFindsItPublishedUnderItsSiteAndRubricOfNow() {
        long later = fixtures.article(site).title("Terbit di Simpul Lain").publish();
        var other = fixtures.site().create();
        long madeUp = later + 1_000_000;

        counter.count(later, site.id(), false);
        counter.count(later, other.id(), false);
        counter.count(madeUp, site.id(), false);
        counter.flush();

        assertThat(counts.total(later)).isEqualTo(1);
        assertThat(counts.total(madeUp)).isZero();
        assertThat(published.isKnown(site.id(), later)).isTrue();
        assertThat(published.isKnown(other.id(), later)).isFalse();
        assertThat(published.isKnown(site.id(), madeUp)).isFalse();
        assertThat(jdbc.sql("select rubric_id from article_reads_hourly where article_id = :id")
                        .param("id", later)
                        .query(Long.class)
                        .single())
                .isEqualTo(site.rubrics().getFirst().id());
    }

    @Test
    void aReadOfAnArticleWithdrawnSinceItWasKnownIsNotCounted() {
        long withdrawn =
                fixtures.article(site).title("Ditarik Sebelum Dihitung").publish();
        fixtures.withdraw(withdrawn);
        // as a node does whose list still has it: the list is never reloaded
        counter.count(withdrawn, site.id(), true);

        counter.flush();

        assertThat(counts.total(withdrawn)).isZero();
        assertThat(counter.pending()).isZero();
    }

    private long hourlyReads(long id) {
        return jdbc.sql("select coalesce(sum(reads), 0) from article_reads_hourly where article_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}

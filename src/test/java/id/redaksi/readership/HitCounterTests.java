package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The bound on counts waiting for the database, without one: the store here fails until told otherwise. */
class HitCounterTests {

    private static final Instant TEN_PAST_NINE = Instant.parse("2030-01-10T09:10:00Z");
    private static final long NINE = Instant.parse("2030-01-10T09:00:00Z").getEpochSecond();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FlakyStore store = new FlakyStore();
    private final PublishedArticles known = new PublishedArticles(null, null);
    private final HitCounter counter =
            new HitCounter(store, known, Clock.fixed(TEN_PAST_NINE, ZoneOffset.UTC), meters, 3, 2);

    @Test
    void keepsAtMostTheBoundOfArticlesWhileTheDatabaseIsDownAndCountsWhatItDrops() {
        for (long article = 1; article <= 5; article++) {
            counter.count(article, 7, true);
            counter.count(article, 7, true);
        }
        counter.flush();
        counter.count(1, 7, true);
        counter.count(4, 7, true);

        assertThat(counter.pending()).isEqualTo(3);
        assertThat(meters.get("redaksi.readership.dropped").counter().count()).isEqualTo(5.0);

        store.up = true;
        counter.flush();

        assertThat(store.written).containsExactlyInAnyOrder(tally(1, 3), tally(2, 2), tally(3, 2));
        assertThat(counter.pending()).isZero();
    }

    @Test
    void bucketsReadsByTheHourTheyHappenedIn() {
        store.up = true;
        counter.count(9, 7, true);
        counter.flush();

        assertThat(store.written).containsExactly(tally(9, 1));
    }

    @Test
    void readsOfArticlesNotKnownHereWaitOnlyWhileFewOthersDoAndBecomeKnownOnceCounted() {
        counter.count(1, 7, false);
        counter.count(2, 7, false);
        counter.count(3, 7, false);
        counter.count(2, 7, false);
        counter.count(4, 7, true);

        assertThat(counter.pending()).isEqualTo(3);
        assertThat(meters.get("redaksi.readership.dropped").counter().count()).isEqualTo(1.0);

        store.up = true;
        counter.flush();

        assertThat(store.written).containsExactlyInAnyOrder(tally(1, 1), tally(2, 2), tally(4, 1));
        assertThat(known.isKnown(7, 1)).isTrue();
        assertThat(known.isKnown(7, 3)).isFalse();
    }

    @Test
    void aFlushWhileTheLastIsStillWritingLeavesItsCountsToTheNextInsteadOfWaiting() throws InterruptedException {
        var slow = new SlowStore();
        var counter = new HitCounter(slow, known, Clock.fixed(TEN_PAST_NINE, ZoneOffset.UTC), meters, 3, 2);
        counter.count(1, 7, true);
        var writing = Thread.ofVirtual().start(counter::flush);
        slow.writing.await();
        try {
            counter.count(2, 7, true);

            assertTimeoutPreemptively(Duration.ofSeconds(10), counter::flushUnlessWriting);
            assertThat(counter.pending()).isEqualTo(1);
        } finally {
            slow.done.countDown();
            writing.join();
        }
        counter.flush();

        assertThat(slow.written).containsExactly(tally(1, 1), tally(2, 1));
    }

    @Test
    void theLastFlushAtAStopWaitsForTheOneStillWriting() throws InterruptedException {
        var slow = new SlowStore();
        var counter = new HitCounter(slow, known, Clock.fixed(TEN_PAST_NINE, ZoneOffset.UTC), meters, 3, 2);
        counter.count(1, 7, true);
        var writing = Thread.ofVirtual().start(counter::flush);
        slow.writing.await();
        counter.count(2, 7, true);
        var stopping = Thread.ofVirtual().start(counter::stop);
        slow.done.countDown();
        writing.join();
        stopping.join();

        assertThat(slow.written).containsExactly(tally(1, 1), tally(2, 1));
        assertThat(counter.pending()).isZero();
    }

    private static ReadCounts.Tally tally(long article, long reads) {
        return new ReadCounts.Tally(new ReadCounts.Key(article, NINE, 7), reads);
    }

    /** Holds the first batch until told to go on, as a database under load does. */
    private static final class SlowStore extends ReadCounts {
        final List<Tally> written = new CopyOnWriteArrayList<>();
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);

        SlowStore() {
            super(null);
        }

        @Override
        List<Counted> add(Collection<Tally> tallies) {
            writing.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.addAll(tallies);
            return List.of();
        }
    }

    private static final class FlakyStore extends ReadCounts {
        final List<Tally> written = new ArrayList<>();
        boolean up;

        FlakyStore() {
            super(null);
        }

        @Override
        List<Counted> add(Collection<Tally> tallies) {
            if (!up) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            written.addAll(tallies);
            return tallies.stream()
                    .map(t -> new Counted(t.key().articleId(), t.key().siteId()))
                    .toList();
        }
    }
}

package id.redaksi.readership;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts reads in memory and writes them in one batch four times a second, so a popular article costs the database
 * four row updates a second however many people read it. While the database is unreachable the counts wait here,
 * up to {@link #MAX_PENDING} article-hours; beyond that new ones are dropped, logged and counted.
 * <p>
 * The flush counts only articles published on the site at that moment. Reads of an article this node does not
 * know yet (just published on another node, or a made-up id) wait only while fewer than {@link #MAX_UNKNOWN}
 * article-hours do, so a flood of made-up ids cannot crowd out the reads of known articles; those the flush
 * finds published are known from then on.
 */
@Component
class HitCounter implements SmartLifecycle {

    static final int MAX_PENDING = 100_000;

    static final int MAX_UNKNOWN = 10_000;

    static final long FLUSH_EVERY_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(HitCounter.class);

    /*
     * Long values changed with merge() rather than LongAdders: an increment on an adder fetched just before the
     * flusher removed it would be lost, while merge() and remove() on one key are atomic with each other.
     */
    private final ConcurrentHashMap<ReadCounts.Key, Long> pending = new ConcurrentHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private final ReadCounts store;
    private final PublishedArticles published;
    private final Clock clock;
    private final Counter dropped;
    private final Timer flushes;
    private final AtomicLong droppedSinceLog = new AtomicLong();
    private final int maxPending;
    private final int maxUnknown;
    private volatile boolean running;

    @Autowired
    HitCounter(ReadCounts store, PublishedArticles published, Clock clock, MeterRegistry meters) {
        this(store, published, clock, meters, MAX_PENDING, MAX_UNKNOWN);
    }

    HitCounter(
            ReadCounts store,
            PublishedArticles published,
            Clock clock,
            MeterRegistry meters,
            int maxPending,
            int maxUnknown) {
        this.store = store;
        this.published = published;
        this.clock = clock;
        this.dropped = Counter.builder("redaksi.readership.dropped")
                .description("Reads not counted because too many were waiting to be written (database away, "
                        + "or a flood of ids this node does not know)")
                .register(meters);
        this.flushes = Timer.builder("redaksi.readership.flush")
                .description("Writing one batch of read counts, failed tries included")
                .register(meters);
        this.maxPending = maxPending;
        this.maxUnknown = maxUnknown;
    }

    /** @param known whether the article was known to be published on the site when it was read */
    void count(long articleId, long siteId, boolean known) {
        long hour = clock.instant().getEpochSecond() / 3600 * 3600;
        add(new ReadCounts.Key(articleId, hour, siteId), 1, known ? maxPending : maxUnknown);
    }

    /**
     * Writes what has been counted so far; on failure the counts go back to wait for the next flush. Every quarter
     * second from the start of the last, not a second after its end: a crash loses what was counted since the last
     * batch was taken plus that batch if it was still being written, the period plus a write, and that must stay
     * under the second the design promises when the machine is busy (bench/crash.sh: at half a second, up to 0.87 s
     * were lost on a loaded machine).
     * <p>
     * The scheduler (virtual threads) starts each run in a thread of its own, so a run may come while the last is
     * still writing; it leaves the counts to the next rather than queue behind it, or a database that answers in
     * five seconds (the connection timeout) would gather ten waiting runs a flush, without end while it is away.
     */
    @Scheduled(fixedRate = FLUSH_EVERY_MILLIS)
    void flushUnlessWriting() {
        if (flushing.tryLock()) {
            try {
                write();
            } finally {
                flushing.unlock();
            }
        }
    }

    /** Writes everything counted so far, after a flush still writing rather than instead of it. */
    void flush() {
        flushing.lock();
        try {
            write();
        } finally {
            flushing.unlock();
        }
    }

    private void write() {
        logDropped();
        var batch = takeAll();
        if (batch.isEmpty()) {
            return;
        }
        var started = Timer.start();
        try {
            store.add(batch).forEach(counted -> {
                if (!published.isKnown(counted.siteId(), counted.articleId())) {
                    published.add(counted.siteId(), counted.articleId());
                }
            });
        } catch (DataAccessException e) {
            log.warn("Could not write {} read counts, keeping them for the next try: {}", batch.size(), e.getMessage());
            batch.forEach(t -> add(t.key(), t.reads(), maxPending));
        } finally {
            started.stop(flushes);
        }
    }

    /** Article-hours counted and not yet written. */
    int pending() {
        return pending.size();
    }

    private List<ReadCounts.Tally> takeAll() {
        var batch = new ArrayList<ReadCounts.Tally>();
        for (var key : pending.keySet()) {
            var reads = pending.remove(key);
            if (reads != null) {
                batch.add(new ReadCounts.Tally(key, reads));
            }
        }
        return batch;
    }

    /** The bound is checked before adding, so concurrent hits may pass it by a few; it only has to stop growth. */
    private void add(ReadCounts.Key key, long reads, int bound) {
        if (pending.size() >= bound && !pending.containsKey(key)) {
            dropped.increment(reads);
            droppedSinceLog.addAndGet(reads);
            return;
        }
        pending.merge(key, reads, Long::sum);
    }

    /** Once per flush rather than per hit, so an outage under heavy traffic does not flood the log. */
    private void logDropped() {
        long lost = droppedSinceLog.getAndSet(0);
        if (lost > 0) {
            log.warn(
                    "Dropped {} reads: too many article-hours were waiting to be written ({} at most, {} for articles "
                            + "this node does not know yet)",
                    lost,
                    maxPending,
                    maxUnknown);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Writes the last counts when the portal shuts down, after the web server stopped taking hits: after a flush
     * still writing, not instead of it, so that nothing counted is left behind.
     */
    @Override
    public void stop() {
        flush();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the web server's phase, so it stops later; the DataSource closes only after every phase stopped. */
    @Override
    public int getPhase() {
        return 0;
    }
}

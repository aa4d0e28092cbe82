package id.redaksi.newsroom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Publishes scheduled stories on time. Runs every 15 seconds on every node; each story goes out in a transaction of
 * its own, holding its row locked ({@code for update skip locked}), so it goes out exactly once whichever nodes look,
 * and one that fails holds back no other: its reason is kept for the desk and it is tried again after a back-off
 * ({@link PublishFailures}). A story whose moment passed while no node was running goes out at the next start.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Newsroom newsroom;
    private final Stories stories;
    private final PublishFailures failures;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter runs;
    private final Counter failedTries;

    ScheduledPublishing(
            Newsroom newsroom,
            Stories stories,
            PublishFailures failures,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MeterRegistry meters) {
        this.newsroom = newsroom;
        this.stories = stories;
        this.failures = failures;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.runs = meters.counter("redaksi.scheduler.runs");
        // a story that failed to go out, or a run the database stopped
        this.failedTries = meters.counter("redaksi.scheduler.failures");
    }

    @Scheduled(fixedDelayString = "${redaksi.newsroom.schedule-check:15s}", initialDelayString = "5s")
    void run() {
        runs.increment();
        try {
            int published = publishDue(Integer.MAX_VALUE);
            if (published > 0) {
                log.info("Published {} scheduled stories", published);
            }
        } catch (RuntimeException e) {
            failedTries.increment();
            log.warn("Scheduled publishing stopped; will try again: {}", e.toString());
        }
    }

    /**
     * Tries at most {@code limit} due stories, each in its own transaction, until none is due; returns how many were
     * published. A failed story is counted in {@code limit}, so the run ends even while every try fails.
     */
    int publishDue(int limit) {
        int published = 0;
        for (int tried = 0; tried < limit; tried++) {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var held = new AtomicReference<Story>();
            try {
                Boolean found = transactions.execute(status -> {
                    var due = stories.lockNextDue(now);
                    due.ifPresent(story -> {
                        held.set(story);
                        newsroom.publishAsScheduled(story, now);
                        failures.clear(story.id());
                    });
                    return due.isPresent();
                });
                if (!Boolean.TRUE.equals(found)) {
                    break;
                }
                published++;
            } catch (RuntimeException e) {
                if (held.get() == null) {
                    throw e; // no story was reached: the database, not a story, is the trouble
                }
                failed(held.get(), e, now);
            }
        }
        return published;
    }

    /**
     * Kept in a transaction of its own, after the story's rolled back: another node may try the story in between,
     * which costs one try earlier than the back-off, never a second publication (the row lock and the state decide).
     */
    private void failed(Story story, RuntimeException e, Instant now) {
        failedTries.increment();
        var reason = reason(story, e);
        Instant retryAt;
        try {
            retryAt = transactions.execute(status -> failures.record(story, reason, now));
        } catch (RuntimeException notKept) {
            e.addSuppressed(notKept);
            log.error(
                    "Scheduled story {} of site {} not published ({}), nor its failure kept",
                    story.id(),
                    story.siteId(),
                    reason,
                    e);
            throw notKept;
        }
        log.error(
                "Scheduled story {} of site {} not published ({}); trying again at {}",
                story.id(),
                story.siteId(),
                reason,
                retryAt,
                e);
    }

    /** What the desk shows: the newsroom's own refusals say it for people; the database's name its rule. */
    static String reason(Story story, RuntimeException e) {
        if ((e instanceof WorkflowRefused || e instanceof DraftRefused)
                && e instanceof ResponseStatusException refused) {
            return refused.getReason();
        }
        if (e instanceof DataIntegrityViolationException violation
                && violation.getMostSpecificCause() instanceof PSQLException sql
                && sql.getServerErrorMessage() != null
                && sql.getServerErrorMessage().getConstraint() != null) {
            return "basis data menolak naskah ini (aturan "
                    + sql.getServerErrorMessage().getConstraint() + "); rinciannya ada di log server";
        }
        return "kesalahan sistem (" + e.getClass().getSimpleName() + "); rinciannya ada di log server";
    }
}

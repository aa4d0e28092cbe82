package id.redaksi.newsroom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled stories on time. Runs every 15 seconds on every node; the row locks in
 * {@link Newsroom#publishDue} make each story go out exactly once, and a story whose moment passed while
 * no node was running goes out at the next start.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Newsroom newsroom;
    private final Counter runs;
    private final Counter failures;

    ScheduledPublishing(Newsroom newsroom, MeterRegistry meters) {
        this.newsroom = newsroom;
        this.runs = meters.counter("redaksi.scheduler.runs");
        this.failures = meters.counter("redaksi.scheduler.failures");
    }

    @Scheduled(fixedDelayString = "${redaksi.newsroom.schedule-check:15s}", initialDelayString = "5s")
    void publishDue() {
        runs.increment();
        try {
            int published;
            do {
                published = newsroom.publishDue(20);
                if (published > 0) {
                    log.info("Published {} scheduled stories", published);
                }
            } while (published == 20);
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Scheduled publishing failed; will try again: {}", e.getMessage());
        }
    }
}

package id.redaksi.frontpage;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops the pages that show a pick once it has expired, within a second. Every node looks for itself: each kept its
 * own pages, and a page rendered just before the expiry on any node must not outlive it there. The window moves on
 * only after a look that succeeded, so an expiry during a database outage is still seen afterwards.
 */
@Component
class PickExpiry {

    private final Picks picks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private Instant lookedUntil;

    PickExpiry(Picks picks, ApplicationEventPublisher events, Clock clock) {
        this.picks = picks;
        this.events = events;
        this.clock = clock;
        this.lookedUntil = clock.instant();
    }

    @Scheduled(fixedDelayString = "${redaksi.frontpage.expiry-check:1s}")
    synchronized void dropExpired() {
        var now = clock.instant();
        try {
            picks.sitesExpiring(lookedUntil, now).forEach(site -> events.publishEvent(new FrontPageChanged(site)));
            lookedUntil = now;
        } catch (DataAccessException e) {
            // the database is away; the next look covers this one's window too
        }
    }
}

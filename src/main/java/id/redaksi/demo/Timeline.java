package id.redaksi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * When demo articles appeared. Every choice takes the same draws from the random sequence whatever the
 * time now, so the network's content stays the same from one installation to the next; only its dates move.
 */
final class Timeline {

    /** Articles appear on the last 89 days, so that all of them lie within the last 90 days. */
    static final int DAYS = 89;

    private static final int FIRST_MINUTE = 6 * 60;
    private static final int LAST_MINUTE = 23 * 60;
    private static final Duration NOTICE_WINDOW = Duration.ofDays(3);

    private Timeline() {}

    /** A moment between 06:00 and 23:00 in the site's zone on one of the last days, never after now. */
    static Instant published(Random random, Instant now, ZoneId zone) {
        int daysAgo = random.nextInt(DAYS);
        int second = (FIRST_MINUTE + random.nextInt(LAST_MINUTE - FIRST_MINUTE)) * 60 + random.nextInt(60);
        var moment = LocalDate.ofInstant(now, zone)
                .minusDays(daysAgo)
                .atTime(LocalTime.ofSecondOfDay(second))
                .atZone(zone)
                .toInstant();
        return moment.isAfter(now) ? moment.minus(Duration.ofDays(1)) : moment;
    }

    /** Some hours after publication, as when a report is brought up to date; never after now. */
    static Instant updated(Instant published, int minutesLater, Instant now) {
        var updated = published.plus(Duration.ofMinutes(minutesLater));
        return updated.isAfter(now) ? now : updated;
    }

    /** A moment within three days after publication, for a correction or a reply; never after now. */
    static Instant after(Instant published, double fraction, Instant now) {
        var window = Duration.between(published, now);
        if (window.compareTo(NOTICE_WINDOW) > 0) {
            window = NOTICE_WINDOW;
        }
        long seconds = Math.max(1, Math.round(window.toSeconds() * (0.05 + 0.95 * fraction)));
        var at = published.plusSeconds(seconds);
        return at.isAfter(now) ? now : at;
    }
}

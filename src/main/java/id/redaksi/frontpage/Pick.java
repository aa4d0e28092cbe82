package id.redaksi.frontpage;

import java.time.Instant;

/**
 * A story an editor put in a slot.
 *
 * @param position 1 for the first slot of its place
 * @param title a shorter headline for this page, or empty for the article's own
 * @param expiresAt when the slot falls back to the newest story; null for never
 */
public record Pick(Place place, int position, long articleId, String title, Instant expiresAt) {

    public boolean liveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}

package id.redaksi.newsroom;

import java.time.Instant;

/**
 * A story idea an editor handed to a writer (a penugasan), waiting on their desk until they start it.
 *
 * @param personId the writer's profile, credited on the draft the assignment becomes
 * @param storyId the draft it became, null until started
 */
public record Assignment(
        long id, long siteId, String title, String brief, long personId, Instant deadline, Long storyId) {

    public boolean started() {
        return storyId != null;
    }
}

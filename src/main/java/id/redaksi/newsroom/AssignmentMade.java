package id.redaksi.newsroom;

import java.time.Instant;

/**
 * An editor handed a story idea to a writer.
 *
 * @param personId the writer's profile
 */
public record AssignmentMade(
        long siteId,
        long assignmentId,
        String title,
        String brief,
        Instant deadline,
        long personId,
        long actorId,
        String actorName) {}

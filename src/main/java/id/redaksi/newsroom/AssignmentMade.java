package id.redaksi.newsroom;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * An editor handed a story idea to a writer.
 *
 * @param personId the writer's profile
 */
@NamedInterface("events")
public record AssignmentMade(
        long siteId,
        long assignmentId,
        String title,
        String brief,
        Instant deadline,
        long personId,
        long actorId,
        String actorName) {}

package id.redaksi.newsroom;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Scheduled stories the scheduler tried and could not publish, with the reason the desk shows and the time of the
 * next try. A failure belongs to the schedule it happened at: once the story is published or scheduled anew it no
 * longer shows.
 */
@Repository
public class PublishFailures {

    /** The first retry comes after a minute, each next one after twice as long, never more than an hour apart. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    /** Why the story is not out yet, and when the scheduler tries it again. */
    public record PublishFailure(long storyId, String reason, int attempts, Instant retryAt) {}

    private final JdbcClient jdbc;

    PublishFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The wait before try {@code attempts + 1}, after {@code attempts} failed ones. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(attempts - 1, 10);
        var wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** Counts one more failed try of the story at its schedule; returns when the next try comes. */
    Instant record(Story story, String reason, Instant now) {
        int attempts = of(story).map(PublishFailure::attempts).orElse(0) + 1;
        var retryAt = now.plus(backoff(attempts));
        jdbc.sql("""
                        insert into story_publish_failure (story_id, scheduled_at, reason, attempts, failed_at, retry_at)
                        values (:story, :scheduledAt, :reason, :attempts, :now, :retryAt)
                        on conflict (story_id) do update set scheduled_at = excluded.scheduled_at,
                          reason = excluded.reason, attempts = excluded.attempts, failed_at = excluded.failed_at,
                          retry_at = excluded.retry_at
                        """)
                .param("story", story.id())
                .param("scheduledAt", Timestamp.from(story.scheduledAt()))
                .param("reason", reason)
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .param("retryAt", Timestamp.from(retryAt))
                .update();
        return retryAt;
    }

    void clear(long storyId) {
        jdbc.sql("delete from story_publish_failure where story_id = :story")
                .param("story", storyId)
                .update();
    }

    /** The failure of a story still waiting at the schedule it failed at; none for any other story. */
    public Optional<PublishFailure> of(Story story) {
        return Optional.ofNullable(of(java.util.List.of(story)).get(story.id()));
    }

    /** The failures of those of the stories still waiting at the schedule they failed at, by story id. */
    public Map<Long, PublishFailure> of(Collection<Story> stories) {
        var waiting = stories.stream()
                .filter(s -> s.status() == StoryStatus.SCHEDULED && s.scheduledAt() != null)
                .collect(Collectors.toMap(Story::id, Function.identity(), (a, b) -> a));
        if (waiting.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select story_id, scheduled_at, reason, attempts, retry_at
                        from story_publish_failure where story_id = any(:ids)
                        """)
                .param("ids", waiting.keySet().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getTimestamp("scheduled_at").toInstant(),
                        new PublishFailure(
                                rs.getLong("story_id"),
                                rs.getString("reason"),
                                rs.getInt("attempts"),
                                rs.getTimestamp("retry_at").toInstant())))
                .list()
                .stream()
                .filter(row -> row.getKey()
                        .equals(waiting.get(row.getValue().storyId()).scheduledAt()))
                .map(Map.Entry::getValue)
                .collect(Collectors.toMap(PublishFailure::storyId, Function.identity()));
    }
}

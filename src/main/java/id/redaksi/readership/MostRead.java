package id.redaksi.readership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The most-read articles of a site or a rubric over a window, from the hourly buckets: ids only, most read first
 * (ties: the newer id first). A window of 24 hours is the current hour and the 23 before it.
 */
@Repository
public class MostRead {

    private final JdbcClient jdbc;
    private final Clock clock;

    MostRead(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Long> onSite(long siteId, Window window, int limit) {
        return onSite(siteId, window, clock.instant(), limit);
    }

    public List<Long> inRubric(long rubricId, Window window, int limit) {
        return inRubric(rubricId, window, clock.instant(), limit);
    }

    List<Long> onSite(long siteId, Window window, Instant now, int limit) {
        return top("site_id = :owner", siteId, window, now, limit);
    }

    List<Long> inRubric(long rubricId, Window window, Instant now, int limit) {
        return top("rubric_id = :owner", rubricId, window, now, limit);
    }

    private List<Long> top(String owner, long ownerId, Window window, Instant now, int limit) {
        long currentHour = now.getEpochSecond() / 3600 * 3600;
        var from = Instant.ofEpochSecond(currentHour - (window.hours() - 1) * 3600);
        return jdbc.sql("""
                        select article_id from article_reads_hourly
                        where %s and hour >= :from
                        group by article_id
                        order by sum(reads) desc, article_id desc
                        limit :limit
                        """.formatted(owner))
                .param("owner", ownerId)
                .param("from", Timestamp.from(from))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}

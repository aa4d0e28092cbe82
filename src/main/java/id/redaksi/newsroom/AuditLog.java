package id.redaksi.newsroom;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what to which story, and when: per story and per site, newest first. */
@Repository
public class AuditLog {

    public record Entry(long siteId, Long storyId, String actor, String action, String detail, Instant at) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long siteId, Long storyId, String actor, String action, String detail) {
        jdbc.sql(
                        "insert into audit_event (site_id, story_id, actor, action, detail) values (:site, :story, :actor, :action, :detail)")
                .param("site", siteId)
                .param("story", storyId)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail == null ? "" : detail)
                .update();
    }

    public List<Entry> ofStory(long storyId) {
        return jdbc.sql("select * from audit_event where story_id = :story order by at desc, id desc limit 200")
                .param("story", storyId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public List<Entry> ofSite(long siteId, int limit) {
        return jdbc.sql("select * from audit_event where site_id = :site order by at desc, id desc limit :limit")
                .param("site", siteId)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long story = rs.getLong("story_id");
        return new Entry(
                rs.getLong("site_id"),
                rs.wasNull() ? null : story,
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("detail"),
                rs.getTimestamp("at").toInstant());
    }
}

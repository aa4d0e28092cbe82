package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who did what to which story or to whose account, and when: per story and per site, newest first. A site's log
 * shows the changes that concern every site (a new account, a profile edited) too.
 */
@Repository
public class AuditLog {

    /**
     * @param siteId null for a change that concerns no one site
     * @param actor who did it, by the name colleagues know them by
     */
    public record Entry(Long siteId, Long storyId, String actor, String action, String detail, Instant at) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long siteId, Long storyId, Actor actor, String action, String detail) {
        record(siteId, storyId, actor.username(), actor.displayName(), action, detail);
    }

    /** A step no person took (the scheduler's). */
    void record(long siteId, Long storyId, String system, String action, String detail) {
        record(siteId, storyId, system, system, action, detail);
    }

    /**
     * A change to who works in the newsroom: an account, a role, a profile.
     *
     * @param siteId the site the role is on; null for what concerns no one site (a new account, a profile)
     */
    public void recordStaffChange(Long siteId, Actor actor, String action, String detail) {
        record(siteId, null, actor.username(), actor.displayName(), action, detail);
    }

    /** A change to the site itself or to how it is run: its settings, a static page, its ads. */
    public void recordSiteChange(long siteId, Actor actor, String action, String detail) {
        record(siteId, null, actor.username(), actor.displayName(), action, detail);
    }

    private void record(Long siteId, Long storyId, String username, String name, String action, String detail) {
        jdbc.sql("""
                        insert into audit_event (site_id, story_id, actor, actor_name, action, detail)
                        values (:site, :story, :actor, :name, :action, :detail)""")
                .param("site", siteId)
                .param("story", storyId)
                .param("actor", username)
                .param("name", name)
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
        return jdbc.sql("""
                        select * from audit_event where site_id = :site or site_id is null
                        order by at desc, id desc limit :limit""")
                .param("site", siteId)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long story = rs.getLong("story_id");
        return new Entry(
                rs.getObject("site_id", Long.class),
                rs.wasNull() ? null : story,
                rs.getString("actor_name") != null ? rs.getString("actor_name") : rs.getString("actor"),
                rs.getString("action"),
                rs.getString("detail"),
                rs.getTimestamp("at").toInstant());
    }
}

package id.redaksi.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments (penugasan) and whether they were started. */
@Repository
public class Assignments {

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long siteId, NewAssignment assignment, long createdBy) {
        return jdbc.sql("""
                        insert into assignment (site_id, title, brief, person_id, deadline, created_by)
                        values (:site, :title, :brief, :person, :deadline, :by) returning id
                        """)
                .param("site", siteId)
                .param("title", assignment.title())
                .param("brief", assignment.brief())
                .param("person", assignment.personId())
                .param("deadline", Timestamp.from(assignment.deadline()))
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    /** The assignment, locked so that two clicks on "start" make one draft. */
    Optional<Assignment> lock(long siteId, long id) {
        return jdbc.sql("select * from assignment where id = :id and site_id = :site for update")
                .param("id", id)
                .param("site", siteId)
                .query(Assignments::assignment)
                .optional();
    }

    void started(long id, long storyId) {
        jdbc.sql("update assignment set story_id = :story, started_at = now() where id = :id")
                .param("story", storyId)
                .param("id", id)
                .update();
    }

    /** Assignments not started yet on these sites, the nearest deadline first; with a person, only theirs. */
    public List<Assignment> open(Collection<Long> siteIds, Long personId) {
        return jdbc.sql("""
                        select * from assignment
                        where site_id = any(:sites) and started_at is null
                          and (:person::bigint is null or person_id = :person)
                        order by deadline, id limit 200
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .param("person", personId)
                .query(Assignments::assignment)
                .list();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        long story = rs.getLong("story_id");
        Long storyId = rs.wasNull() ? null : story;
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getString("title"),
                rs.getString("brief"),
                rs.getLong("person_id"),
                rs.getTimestamp("deadline").toInstant(),
                storyId);
    }
}

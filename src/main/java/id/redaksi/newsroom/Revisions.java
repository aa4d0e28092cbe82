package id.redaksi.newsroom;

import id.redaksi.article.ArticleContent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Every save of a story, whole, numbered from 1. */
@Repository
public class Revisions {

    public record Revision(long storyId, int number, String savedBy, Instant savedAt, ArticleContent draft) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Revisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int add(long storyId, String savedBy, ArticleContent draft) {
        return add(storyId, savedBy, draft, null);
    }

    /**
     * The one place a draft becomes a revision's content: every field of {@link ArticleContent}, written by Jackson,
     * so that a restore brings back all of it.
     *
     * @param savedAt when it was saved, if not now (an import keeps the time of the original)
     */
    int add(long storyId, String savedBy, ArticleContent draft, Instant savedAt) {
        return jdbc.sql("""
                        insert into story_revision (story_id, number, saved_by, saved_at, content)
                        values (:story, (select coalesce(max(number), 0) + 1 from story_revision where story_id = :story),
                                :by, coalesce(cast(:at as timestamptz), now()), :content::jsonb)
                        returning number
                        """)
                .param("story", storyId)
                .param("by", savedBy)
                .param("at", savedAt == null ? null : Timestamp.from(savedAt))
                .param("content", json.writeValueAsString(draft))
                .query(Integer.class)
                .single();
    }

    public List<Revision> of(long storyId) {
        return jdbc.sql("select * from story_revision where story_id = :story order by number desc")
                .param("story", storyId)
                .query((rs, n) -> revision(rs))
                .list();
    }

    public Optional<Revision> find(long storyId, int number) {
        return jdbc.sql("select * from story_revision where story_id = :story and number = :number")
                .param("story", storyId)
                .param("number", number)
                .query((rs, n) -> revision(rs))
                .optional();
    }

    /** Marks the latest save as the one readers see; the story has just gone live with it. */
    void markLive(long storyId) {
        jdbc.sql("""
                        update story set live_revision = (select max(number) from story_revision where story_id = :story)
                        where id = :story""").param("story", storyId).update();
    }

    /** Nothing of the story is on the site any more. */
    void clearLive(long storyId) {
        jdbc.sql("update story set live_revision = null where id = :story")
                .param("story", storyId)
                .update();
    }

    /** The number of the save readers see, if the story is on the site. */
    public Optional<Integer> live(long storyId) {
        return jdbc.sql("select live_revision from story where id = :story and live_revision is not null")
                .param("story", storyId)
                .query(Integer.class)
                .optional();
    }

    /** The latest save, for telling a user who else saved since they opened the story. */
    Optional<Revision> latest(long storyId) {
        return jdbc.sql("select * from story_revision where story_id = :story order by number desc limit 1")
                .param("story", storyId)
                .query((rs, n) -> revision(rs))
                .optional();
    }

    private Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Revision(
                rs.getLong("story_id"),
                rs.getInt("number"),
                rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant(),
                json.readValue(rs.getString("content"), ArticleContent.class));
    }
}

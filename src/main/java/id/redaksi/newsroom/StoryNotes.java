package id.redaksi.newsroom;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The note thread of each story, oldest first; notes are plain text and never change once written. */
@Repository
class StoryNotes {

    private final JdbcClient jdbc;

    StoryNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long storyId, long authorId, String authorName, String body) {
        jdbc.sql("""
                        insert into story_note (story_id, author_id, author_name, body)
                        values (:story, :author, :name, :body)
                        """)
                .param("story", storyId)
                .param("author", authorId)
                .param("name", authorName)
                .param("body", body)
                .update();
    }

    List<StoryNote> of(long storyId) {
        return jdbc.sql("select author_name, body, created_at from story_note where story_id = :story order by id")
                .param("story", storyId)
                .query((rs, n) -> new StoryNote(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}

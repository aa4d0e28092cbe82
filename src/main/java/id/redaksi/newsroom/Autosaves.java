package id.redaksi.newsroom;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft buffer's rows: one per story and account, replaced by each autosave, removed by a save. */
@Repository
class Autosaves {

    private final JdbcClient jdbc;

    Autosaves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(long storyId, long accountId, String fields, Instant at) {
        jdbc.sql("""
                        insert into story_autosave (story_id, account_id, fields, saved_at)
                        values (:story, :account, cast(:fields as jsonb), :at)
                        on conflict (story_id, account_id) do update set fields = excluded.fields, saved_at = excluded.saved_at
                        """)
                .param("story", storyId)
                .param("account", accountId)
                .param("fields", fields)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    Optional<DraftBuffer.Autosave> find(long storyId, long accountId) {
        return jdbc.sql(
                        "select fields::text, saved_at from story_autosave where story_id = :story and account_id = :account")
                .param("story", storyId)
                .param("account", accountId)
                .query((rs, n) -> new DraftBuffer.Autosave(
                        rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    void forget(long storyId, long accountId) {
        jdbc.sql("delete from story_autosave where story_id = :story and account_id = :account")
                .param("story", storyId)
                .param("account", accountId)
                .update();
    }
}

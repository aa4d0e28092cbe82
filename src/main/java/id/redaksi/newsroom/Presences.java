package id.redaksi.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Heartbeats of open editor pages, per story and account, and the takeovers they are told of. */
@Repository
class Presences {

    private final JdbcClient jdbc;

    Presences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void seen(long storyId, long accountId, Instant at) {
        jdbc.sql("""
                        insert into story_presence (story_id, account_id, seen_at) values (:story, :account, :at)
                        on conflict (story_id, account_id) do update set seen_at = excluded.seen_at
                        """)
                .param("story", storyId)
                .param("account", accountId)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** The other accounts whose page beat since {@code since}, earliest first. */
    List<Long> others(long storyId, long accountId, Instant since) {
        return jdbc.sql("""
                        select account_id from story_presence
                        where story_id = :story and account_id <> :account and seen_at > :since
                        order by seen_at, account_id
                        """)
                .param("story", storyId)
                .param("account", accountId)
                .param("since", java.sql.Timestamp.from(since))
                .query(Long.class)
                .list();
    }

    Optional<Long> takenOverBy(long storyId, long accountId) {
        return jdbc.sql("select taken_over_by from story_presence where story_id = :story and account_id = :account")
                .param("story", storyId)
                .param("account", accountId)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    void takeOver(long storyId, long accountId, Instant since) {
        jdbc.sql("""
                        update story_presence set taken_over_by = :account
                        where story_id = :story and account_id <> :account and seen_at > :since
                        """)
                .param("story", storyId)
                .param("account", accountId)
                .param("since", java.sql.Timestamp.from(since))
                .update();
        jdbc.sql("update story_presence set taken_over_by = null where story_id = :story and account_id = :account")
                .param("story", storyId)
                .param("account", accountId)
                .update();
    }
}

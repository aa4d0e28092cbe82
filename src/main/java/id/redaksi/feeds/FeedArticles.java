package id.redaksi.feeds;

import id.redaksi.feeds.FeedItem.FeedImage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The newest articles of a feed's scope, read row by row so a feed is written while it is read. */
@Repository
class FeedArticles {

    private static final String NEWEST = """
            select a.* from article a
            where a.site_id = :site
              and (:rubric = 0 or a.rubric_id = :rubric)
              and (:topic = 0 or exists (select 1 from article_topic x where x.article_id = a.id and x.topic_id = :topic))
            order by a.published_at desc, a.id desc
            limit :limit
            """;

    private final JdbcClient jdbc;

    FeedArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A digest of the ids and edit times of the articles the feed would carry: cheap next to writing it. */
    FeedVersion version(FeedScope scope, int limit) {
        return jdbc.sql("""
                        select md5(coalesce(string_agg(n.id || ':' || n.updated_at, ',' order by n.published_at, n.id), ''))
                                 as digest,
                               max(greatest(n.published_at, n.updated_at)) as last_modified
                        from (%s) n
                        """.formatted(NEWEST))
                .params(FeedArticles.params(scope, limit))
                .query((rs, row) -> new FeedVersion(
                        "\"" + rs.getString("digest") + "\"",
                        rs.getTimestamp("last_modified") == null
                                ? null
                                : rs.getTimestamp("last_modified").toInstant()))
                .single();
    }

    @Transactional(readOnly = true)
    void newest(FeedScope scope, int limit, Consumer<FeedItem> sink) {
        jdbc.sql("""
                        select n.*, m.storage_key, m.content_type, m.byte_size, m.width, m.height,
                          array(select p.name from article_writer w join person p on p.id = w.person_id
                                 where w.article_id = n.id order by w.position) as writers
                        from (%s) n left join media m on m.id = n.image_id
                        order by n.published_at desc, n.id desc
                        """.formatted(NEWEST))
                .params(FeedArticles.params(scope, limit))
                .query(rs -> {
                    sink.accept(item(rs));
                });
    }

    private static Map<String, Object> params(FeedScope scope, int limit) {
        return Map.of(
                "site",
                scope.siteId(),
                "rubric",
                scope.rubricId() == null ? 0L : scope.rubricId(),
                "topic",
                scope.topicId() == null ? 0L : scope.topicId(),
                "limit",
                limit);
    }

    private static FeedItem item(ResultSet rs) throws SQLException {
        var key = rs.getString("storage_key");
        var image = key == null
                ? null
                : new FeedImage(
                        "/media/" + key,
                        rs.getString("content_type"),
                        rs.getLong("byte_size"),
                        rs.getInt("width"),
                        rs.getInt("height"));
        return new FeedItem(
                rs.getLong("id"),
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Arrays.asList((String[]) rs.getArray("writers").getArray()),
                image);
    }
}

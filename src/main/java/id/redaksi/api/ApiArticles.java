package id.redaksi.api;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.Image;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Article lists read by keyset: each page starts strictly after the cursor's (published_at, id), which the
 * indexes on (site or rubric, published_at desc, id desc) answer without counting past earlier pages.
 */
@Repository
class ApiArticles {

    private static final String CARDS = """
            select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at,
                   m.storage_key, m.width, m.height, m.alt_text
            from article a left join media m on m.id = a.image_id
            """;
    private static final String AFTER_CURSOR = """
            and (a.published_at, a.id) < (:at, :id)
            order by a.published_at desc, a.id desc
            limit :limit
            """;

    private final JdbcClient jdbc;

    ApiArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} articles of the site after the cursor, newest first. */
    List<ArticleCard> latest(long siteId, Cursor after, int limit) {
        return page(CARDS + "where a.site_id = :site\n" + AFTER_CURSOR, after, limit)
                .param("site", siteId)
                .query(ApiArticles::card)
                .list();
    }

    List<ArticleCard> inRubric(long rubricId, Cursor after, int limit) {
        return page(CARDS + "where a.rubric_id = :rubric\n" + AFTER_CURSOR, after, limit)
                .param("rubric", rubricId)
                .query(ApiArticles::card)
                .list();
    }

    List<ArticleCard> withTopic(long topicId, Cursor after, int limit) {
        return page(
                        CARDS + "join article_topic x on x.article_id = a.id where x.topic_id = :topic\n"
                                + AFTER_CURSOR,
                        after,
                        limit)
                .param("topic", topicId)
                .query(ApiArticles::card)
                .list();
    }

    private JdbcClient.StatementSpec page(String sql, Cursor after, int limit) {
        return jdbc.sql(sql)
                .param("at", Timestamp.from(after.publishedAt()))
                .param("id", after.id())
                .param("limit", limit);
    }

    private static ArticleCard card(ResultSet rs, int row) throws SQLException {
        var key = rs.getString("storage_key");
        var image = key == null
                ? null
                : new Image("/media/" + key, rs.getInt("width"), rs.getInt("height"), rs.getString("alt_text"));
        return new ArticleCard(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                image,
                rs.getTimestamp("published_at").toInstant());
    }
}

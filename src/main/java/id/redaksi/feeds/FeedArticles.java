package id.redaksi.feeds;

import id.redaksi.article.YouTubeVideo;
import id.redaksi.feeds.FeedItem.FeedImage;
import id.redaksi.feeds.FeedItem.FeedPicture;
import id.redaksi.media.ImageSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The newest articles of a feed's scope, read row by row so a feed is written while it is read. */
@Repository
class FeedArticles {

    /** The columns a feed item needs, over the newest ids of the scope read off their own index. */
    private static final String NEWEST = """
            select a.id, a.rubric_id, a.title, a.slug, a.lead, a.image_id, a.video_url, a.published_at, a.updated_at
            from (%s) p join article a on a.id = p.id
            where a.site_id = :site
            """;

    private final JdbcClient jdbc;
    private final ImageSettings images;
    private final JsonMapper json;

    FeedArticles(JdbcClient jdbc, ImageSettings images, JsonMapper json) {
        this.jdbc = jdbc;
        this.images = images;
        this.json = json;
    }

    /** A digest of the ids and edit times of the articles the feed would carry: cheap next to writing it. */
    FeedVersion version(FeedScope scope, int limit) {
        return jdbc.sql(FeedVersion.query(newest(scope)))
                .params(FeedArticles.params(scope, limit))
                .query(FeedVersion::read)
                .single();
    }

    @Transactional(readOnly = true)
    void newest(FeedScope scope, int limit, Consumer<FeedItem> sink) {
        jdbc.sql("""
                        select n.*, m.storage_key, m.content_type, m.byte_size, m.width, m.height,
                          array(select p.name from article_writer w join person p on p.id = w.person_id
                                 where w.article_id = n.id order by w.position) as writers,
                          (select coalesce(json_agg(json_build_object('key', gm.storage_key, 'type', gm.content_type,
                                  'bytes', gm.byte_size, 'width', gm.width, 'height', gm.height,
                                  'caption', g.caption, 'credit', g.credit) order by g.position), '[]')
                             from article_gallery g join media gm on gm.id = g.media_id
                            where g.article_id = n.id) as gallery
                        from (%s) n left join media m on m.id = n.image_id
                        order by n.published_at desc, n.id desc
                        """.formatted(newest(scope)))
                .params(FeedArticles.params(scope, limit))
                .query(rs -> {
                    sink.accept(item(rs));
                });
    }

    /**
     * One statement per kind of scope, each on its own newest-first index: a single statement for all three with
     * {@code (:topic = 0 or …)} walked the whole site for a rare topic, and a plan made once could not tell them apart.
     */
    private static String newest(FeedScope scope) {
        String ids;
        if (scope.topicId() != null) {
            ids = """
                    select x.article_id as id from article_topic x where x.topic_id = :topic
                    order by x.published_at desc, x.article_id desc limit :limit""";
        } else if (scope.rubricId() != null) {
            ids = """
                    select r.id from article r where r.rubric_id = :rubric
                    order by r.published_at desc, r.id desc limit :limit""";
        } else {
            ids = """
                    select s.id from article s where s.site_id = :site
                    order by s.published_at desc, s.id desc limit :limit""";
        }
        return NEWEST.formatted(ids);
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

    private FeedItem item(ResultSet rs) throws SQLException {
        var key = rs.getString("storage_key");
        var image = key == null
                ? null
                : new FeedImage(
                        images.address(key),
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
                image,
                gallery(rs.getString("gallery")),
                YouTubeVideo.of(rs.getString("video_url")).orElse(null));
    }

    private List<FeedPicture> gallery(String array) {
        var pictures = new ArrayList<FeedPicture>();
        for (JsonNode n : json.readTree(array)) {
            pictures.add(new FeedPicture(
                    new FeedImage(
                            images.address(n.get("key").asString()),
                            n.get("type").asString(),
                            n.get("bytes").asLong(),
                            n.get("width").asInt(),
                            n.get("height").asInt()),
                    n.get("caption").asString(),
                    n.get("credit").asString()));
        }
        return pictures;
    }
}

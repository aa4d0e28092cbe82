package id.redaksi.article;

import id.redaksi.media.ImageSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single published article, as its page and the apps show it, or what its address says once it was withdrawn.
 * One query, whatever the number of writers, topics or notices, so a page costs the same for a short item as for
 * a long feature. Lists are {@link ArticleLists}, links under an article {@link RelatedArticles}, and changes
 * {@link Publishing}.
 */
@Repository
public class Articles {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final ImageSettings images;

    Articles(JdbcClient jdbc, JsonMapper json, ImageSettings images) {
        this.jdbc = jdbc;
        this.json = json;
        this.images = images;
    }

    /** The article as its address names it: an id that is no positive number finds none. */
    public Optional<Article> find(long siteId, String id) {
        try {
            long n = Long.parseLong(id);
            return n > 0 ? find(siteId, n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<Article> find(long siteId, long id) {
        return jdbc.sql("""
                        select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.body_html, a.seo_title,
                          a.seo_description, a.dateline_override, a.image_id, a.image_caption, a.image_credit,
                          a.published_at, a.updated_at, a.sponsor, i.image_path, i.image_width, i.image_height, i.image_alt, i.image_srcset, i.image_share_path,
                          a.editor_id, e.slug as editor_slug, e.name as editor_name,
                          (select coalesce(json_agg(json_build_object('id', p.id, 'slug', p.slug, 'name', p.name) order by w.position), '[]')
                             from article_writer w join person p on p.id = w.person_id where w.article_id = a.id) as writers,
                          (select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by t.name), '[]')
                             from article_topic x join topic t on t.id = x.topic_id where x.article_id = a.id) as topics,
                          (select coalesce(json_agg(json_build_object('kind', n.kind, 'text', n.text,
                                  'at', floor(extract(epoch from n.created_at) * 1000)::bigint) order by n.created_at, n.id), '[]')
                             from article_notice n where n.article_id = a.id) as notices,
                          (select coalesce(json_agg(json_build_object('id', g.media_id, 'caption', g.caption,
                                  'credit', g.credit, 'path', gi.image_path, 'width', gi.image_width,
                                  'height', gi.image_height, 'alt', gi.image_alt, 'srcset', gi.image_srcset,
                                  'share', gi.image_share_path)
                                  order by g.position), '[]')
                             from article_gallery g join media_image gi on gi.id = g.media_id
                             where g.article_id = a.id) as gallery,
                          a.video_url,
                          lr.started_at as live_started, lr.ended_at as live_ended
                        from article a
                        left join media_image i on i.id = a.image_id
                        left join person e on e.id = a.editor_id
                        left join live_report lr on lr.article_id = a.id
                        where a.id = :id and a.site_id = :site
                        """)
                .param("id", id)
                .param("site", siteId)
                .query(this::article)
                .optional();
    }

    /** The withdrawal an address of the site names, when the article at that id was withdrawn and is still off. */
    public Optional<Withdrawal> withdrawal(long siteId, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from article_withdrawal where article_id = :id and site_id = :site")
                .param("id", n)
                .param("site", siteId)
                .query((rs, row) -> new Withdrawal(
                        rs.getLong("article_id"),
                        rs.getLong("site_id"),
                        rs.getString("title"),
                        rs.getString("reason"),
                        rs.getTimestamp("withdrawn_at").toInstant()))
                .optional();
    }

    private Article article(ResultSet rs, int row) throws SQLException {
        var writers = rs.getString("writers");
        var topics = list(
                rs.getString("topics"),
                n -> new Topic(
                        n.get("id").asLong(),
                        rs.getLong("site_id"),
                        n.get("slug").asString(),
                        n.get("name").asString()));
        var editorSlug = rs.getString("editor_slug");
        var gallery = rs.getString("gallery");
        var content = new ArticleContent(
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                rs.getString("body_html"),
                rs.getString("seo_title"),
                rs.getString("seo_description"),
                rs.getString("dateline_override"),
                rs.getObject("image_id", Long.class),
                rs.getString("image_caption"),
                rs.getString("image_credit"),
                list(writers, n -> n.get("id").asLong()),
                topics.stream().map(Topic::id).toList(),
                rs.getObject("editor_id", Long.class),
                list(
                        gallery,
                        n -> new GalleryPicture(
                                n.get("id").asLong(),
                                n.get("caption").asString(),
                                n.get("credit").asString())),
                rs.getString("video_url"),
                rs.getString("sponsor"));
        return new Article(
                rs.getLong("id"),
                rs.getLong("site_id"),
                content,
                images.image(rs),
                list(
                        writers,
                        n -> new Credit(n.get("slug").asString(), n.get("name").asString())),
                editorSlug == null ? null : new Credit(editorSlug, rs.getString("editor_name")),
                topics,
                list(
                        rs.getString("notices"),
                        n -> new Notice(
                                Notice.Kind.valueOf(n.get("kind").asString()),
                                n.get("text").asString(),
                                Instant.ofEpochMilli(n.get("at").asLong()))),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                list(
                        gallery,
                        n -> new GalleryImage(
                                images.image(
                                        n.get("path").asString(),
                                        n.get("width").asInt(),
                                        n.get("height").asInt(),
                                        n.get("alt").asString(),
                                        n.get("srcset").asString(),
                                        n.get("share").asString()),
                                n.get("caption").asString(),
                                n.get("credit").asString())),
                live(rs));
    }

    private static LiveReport live(ResultSet rs) throws SQLException {
        var started = rs.getTimestamp("live_started");
        var ended = rs.getTimestamp("live_ended");
        return started == null
                ? null
                : new LiveReport(rs.getLong("id"), started.toInstant(), ended == null ? null : ended.toInstant());
    }

    private <T> List<T> list(String array, NodeMapper<T> mapper) throws SQLException {
        var out = new ArrayList<T>();
        for (JsonNode node : json.readTree(array)) {
            out.add(mapper.map(node));
        }
        return List.copyOf(out);
    }

    @FunctionalInterface
    private interface NodeMapper<T> {
        T map(JsonNode node) throws SQLException;
    }
}

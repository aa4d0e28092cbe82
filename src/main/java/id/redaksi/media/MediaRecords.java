package id.redaksi.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rows describing stored media and their renditions; the bytes live in {@link MediaStorage}. */
@Repository
class MediaRecords {

    private static final String COLUMNS = """
            m.id, m.storage_key, m.width, m.height, m.alt_text,
              (select coalesce(json_agg(json_build_object('width', r.width, 'height', r.height, 'key', r.storage_key)
                                        order by r.width), '[]')
                 from media_rendition r where r.media_id = m.id) as renditions
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final ImageSettings images;

    MediaRecords(JdbcClient jdbc, JsonMapper json, ImageSettings images) {
        this.jdbc = jdbc;
        this.json = json;
        this.images = images;
    }

    /** A file kept in storage under {@code key}. */
    record StoredFile(String key, EncodedImage image) {}

    Optional<Image> image(long siteId, long id) {
        return jdbc.sql("select * from media_image where id = :id and site_id = :site")
                .param("id", id)
                .param("site", siteId)
                .query((rs, n) -> images.image(rs))
                .optional();
    }

    @Transactional
    long insert(long siteId, StoredFile original, List<StoredFile> renditions, String alt, String name) {
        long id = jdbc.sql("""
                        insert into media (site_id, storage_key, content_type, width, height, byte_size, alt_text,
                                           original_name)
                        values (:site, :key, :type, :width, :height, :size, :alt, :name) returning id
                        """)
                .param("site", siteId)
                .param("key", original.key())
                .param("type", original.image().format().contentType())
                .param("width", original.image().width())
                .param("height", original.image().height())
                .param("size", original.image().bytes().length)
                .param("alt", alt)
                .param("name", name)
                .query(Long.class)
                .single();
        renditions.forEach(rendition -> insertRendition(id, rendition));
        return id;
    }

    List<StoredMedia> recent(long siteId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from media m where m.site_id = :site
                        order by m.created_at desc, m.id desc offset :offset limit :limit
                        """)
                .param("site", siteId)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::media)
                .list();
    }

    /** Newest first, those whose description, remembered caption or file name hold every word of the query. */
    List<PickableMedia> pickable(long siteId, List<String> words, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                        , m.default_caption, m.default_credit, m.original_name
                         from media m where m.site_id = :site
                          and (select bool_and(m.alt_text || ' ' || m.default_caption || ' ' || m.original_name
                                               ilike '%' || w || '%')
                                 from unnest(:words::text[]) w) is not false
                        order by m.created_at desc, m.id desc limit :limit
                        """)
                .param("site", siteId)
                .param("words", words.toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> new PickableMedia(
                        media(rs, row),
                        rs.getString("default_caption"),
                        rs.getString("default_credit"),
                        rs.getString("original_name")))
                .list();
    }

    /** Keeps the caption and credit a story used with the picture, to offer them when it is chosen again. */
    void remember(long siteId, long id, String caption, String credit) {
        jdbc.sql("""
                        update media set default_caption = :caption, default_credit = :credit
                         where id = :id and site_id = :site
                        """)
                .param("caption", caption)
                .param("credit", credit)
                .param("id", id)
                .param("site", siteId)
                .update();
    }

    Optional<StoredMedia> find(long siteId, long id) {
        return jdbc.sql("select " + COLUMNS + " from media m where m.id = :id and m.site_id = :site")
                .param("id", id)
                .param("site", siteId)
                .query(this::media)
                .optional();
    }

    /** How many of these storage keys belong to the site's originals or renditions. */
    int countOwnKeys(long siteId, Set<String> keys) {
        return jdbc.sql("""
                        select count(*) from unnest(:keys::text[]) k
                         where exists (select 1 from media m where m.storage_key = k and m.site_id = :site)
                            or exists (select 1 from media_rendition r join media m on m.id = r.media_id
                                        where r.storage_key = k and m.site_id = :site)
                        """)
                .param("keys", keys.toArray(String[]::new))
                .param("site", siteId)
                .query(Integer.class)
                .single();
    }

    /** The bytes a site's pictures take in storage, originals and renditions. */
    long storedBytes(long siteId) {
        return jdbc.sql("""
                        select coalesce(sum(m.byte_size + (select coalesce(sum(r.byte_size), 0)
                                                             from media_rendition r where r.media_id = m.id)), 0)
                          from media m where m.site_id = :site
                        """).param("site", siteId).query(Long.class).single();
    }

    private void insertRendition(long mediaId, StoredFile rendition) {
        jdbc.sql("""
                        insert into media_rendition (media_id, width, height, storage_key, byte_size)
                        values (:media, :width, :height, :key, :size)
                        """)
                .param("media", mediaId)
                .param("width", rendition.image().width())
                .param("height", rendition.image().height())
                .param("key", rendition.key())
                .param("size", rendition.image().bytes().length)
                .update();
    }

    private StoredMedia media(ResultSet rs, int row) throws SQLException {
        var renditions = new ArrayList<StoredMedia.Rendition>();
        for (JsonNode node : json.readTree(rs.getString("renditions"))) {
            renditions.add(new StoredMedia.Rendition(
                    node.get("width").asInt(),
                    node.get("height").asInt(),
                    MediaLibrary.PATH + node.get("key").asString()));
        }
        return new StoredMedia(
                rs.getLong("id"),
                MediaLibrary.PATH + rs.getString("storage_key"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("alt_text"),
                renditions);
    }
}

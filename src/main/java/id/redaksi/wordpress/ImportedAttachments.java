package id.redaksi.wordpress;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export's attachments, listed before any post is read, and the media item each became once fetched. */
@Repository
class ImportedAttachments {

    /**
     * @param file its path under {@code wp-content/uploads} ({@code 2023/09/banjir.jpg})
     * @param mediaId the library's copy, or null while none was made
     */
    record Attachment(
            long wpId, String url, String file, String caption, String credit, String altText, Long mediaId) {}

    private final JdbcClient jdbc;

    ImportedAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lists an attachment, keeping the media item an earlier run made of it. */
    void list(long siteId, Attachment a) {
        jdbc.sql("""
                        insert into wordpress_attachment (site_id, wp_id, url, file, caption, credit, alt_text)
                        values (:site, :wp, :url, :file, :caption, :credit, :alt)
                        on conflict (site_id, wp_id) do update set url = excluded.url, file = excluded.file,
                          caption = excluded.caption, credit = excluded.credit, alt_text = excluded.alt_text
                        """)
                .param("site", siteId)
                .param("wp", a.wpId())
                .param("url", a.url())
                .param("file", a.file())
                .param("caption", a.caption())
                .param("credit", a.credit())
                .param("alt", a.altText())
                .update();
    }

    Optional<Attachment> byId(long siteId, long wpId) {
        return jdbc.sql("select * from wordpress_attachment where site_id = :site and wp_id = :wp")
                .param("site", siteId)
                .param("wp", wpId)
                .query(Attachment.class)
                .optional();
    }

    Optional<Attachment> byUrl(long siteId, String url) {
        return jdbc.sql("select * from wordpress_attachment where site_id = :site and url = :url limit 1")
                .param("site", siteId)
                .param("url", url)
                .query(Attachment.class)
                .optional();
    }

    void madeMedia(long siteId, long wpId, long mediaId) {
        jdbc.sql("update wordpress_attachment set media_id = :media where site_id = :site and wp_id = :wp")
                .param("site", siteId)
                .param("wp", wpId)
                .param("media", mediaId)
                .update();
    }
}

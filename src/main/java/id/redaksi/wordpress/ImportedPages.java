package id.redaksi.wordpress;

import id.redaksi.site.SitePage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which static page each WordPress page became and what the import wrote there, so a second run knows an edit. */
@Repository
class ImportedPages {

    /** @param digest of the page's title and text as the import left them: another means its site admin edited it */
    record ImportedPage(String slug, String digest) {}

    private final JdbcClient jdbc;

    ImportedPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ImportedPage> find(long siteId, long wpId) {
        return jdbc.sql("select slug, digest from wordpress_page where site_id = :site and wp_id = :wp")
                .param("site", siteId)
                .param("wp", wpId)
                .query(ImportedPage.class)
                .optional();
    }

    void save(long siteId, long wpId, SitePage page) {
        jdbc.sql("""
                        insert into wordpress_page (site_id, wp_id, slug, digest) values (:site, :wp, :slug, :digest)
                        on conflict (site_id, wp_id) do update set slug = excluded.slug, digest = excluded.digest
                        """)
                .param("site", siteId)
                .param("wp", wpId)
                .param("slug", page.slug())
                .param("digest", digest(page))
                .update();
    }

    static String digest(SitePage page) {
        try {
            var text = page.title() + "\u0000" + page.bodyHtml();
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.redaksi.article;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses things had on a site's previous system (a WordPress permalink, a category archive), so that old
 * links answer 301 to the page here. Asked only for an address no route answers, by the table's primary key.
 */
@Repository
public class OldAddresses {

    private final JdbcClient jdbc;

    OldAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers that an old address is now this article's; the first one given for an address stays. */
    public void rememberArticle(long siteId, String address, long articleId) {
        jdbc.sql("""
                        insert into old_address (site_id, address, article_id) values (:site, :address, :article)
                        on conflict do nothing
                        """)
                .param("site", siteId)
                .param("address", address)
                .param("article", articleId)
                .update();
    }

    /** Remembers that an old address is now this page's (a rubric, a topic, a person). */
    public void rememberPage(long siteId, String address, String path) {
        jdbc.sql("""
                        insert into old_address (site_id, address, target_path) values (:site, :address, :path)
                        on conflict (site_id, address) do update set target_path = excluded.target_path
                        where old_address.article_id is null
                        """)
                .param("site", siteId)
                .param("address", address)
                .param("path", path)
                .update();
    }

    /**
     * Where the first of these old addresses that names something on the site now lives: an article's current
     * path (in the site's zone; a withdrawn one's address says why it is gone), or the page remembered for it.
     */
    public Optional<String> find(long siteId, List<String> addresses, ZoneId zone) {
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select o.target_path, a.id, a.published_at, a.slug
                          from unnest(:addresses::text[]) with ordinality as k(address, position)
                          join old_address o on o.site_id = :site and o.address = k.address
                          left join article a on a.id = o.article_id
                         where o.target_path is not null or a.id is not null
                         order by k.position limit 1
                        """)
                .param("site", siteId)
                .param("addresses", addresses.toArray(String[]::new))
                .query((rs, n) -> rs.getString("target_path") != null
                        ? rs.getString("target_path")
                        : ArticlePath.of(
                                rs.getLong("id"),
                                rs.getObject("published_at", Timestamp.class).toInstant(),
                                zone,
                                rs.getString("slug")))
                .optional();
    }
}

package id.redaksi.article;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topics (topik) per site. */
@Repository
public class Topics {

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Topic> bySlug(long siteId, String slug) {
        return jdbc.sql("select * from topic where site_id = :site and slug = :slug")
                .param("site", siteId)
                .param("slug", slug)
                .query(Topic.class)
                .optional();
    }

    public List<Topic> byIds(List<Long> ids) {
        return jdbc.sql("select * from topic where id = any(:ids) order by name")
                .param("ids", ids.toArray(Long[]::new))
                .query(Topic.class)
                .list();
    }

    /** The topic with this slug on the site, made if it does not exist yet. */
    public Topic obtain(long siteId, String slug, String name) {
        return jdbc.sql("""
                        insert into topic (site_id, slug, name) values (:site, :slug, :name)
                        on conflict (site_id, slug) do update set slug = excluded.slug
                        returning *
                        """)
                .param("site", siteId)
                .param("slug", slug)
                .param("name", name)
                .query(Topic.class)
                .single();
    }
}

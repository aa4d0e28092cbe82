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

    /**
     * A topic readers can see: one with a published article. A topic is made by naming it in a draft, so one without
     * an article is nothing an editor has put in front of readers yet; its page, feed and API answer 404.
     */
    public Optional<Topic> bySlug(long siteId, String slug) {
        return jdbc.sql("""
                        select t.* from topic t
                         where t.site_id = :site and t.slug = :slug
                           and exists (select 1 from article_topic x where x.topic_id = t.id)
                        """)
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

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

    /** The site's topic with this slug, with or without articles: the desk's, to tell a new topic from one it has. */
    public Optional<Topic> find(long siteId, String slug) {
        return jdbc.sql("select * from topic where site_id = :site and slug = :slug")
                .param("site", siteId)
                .param("slug", slug)
                .query(Topic.class)
                .optional();
    }

    /**
     * The site's topics a typed name may mean, closest first: those whose name or one of its words starts with it,
     * case and accents aside, then those spelled alike (trigrams), so "pemilu" finds "Pemilu 2024" and "Pilkda"
     * finds "Pilkada" before anyone makes a near-duplicate.
     */
    public List<Topic> like(long siteId, String typed, int limit) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.site_id, t.slug, t.name from (
                          select t.*, lower(unaccent_text(t.name)) as plain, lower(unaccent_text(:typed)) as wanted
                            from topic t where t.site_id = :site) t
                         where t.plain like t.wanted || '%' escape '\\'
                            or t.plain like '% ' || t.wanted || '%' escape '\\'
                            or word_similarity(t.wanted, t.plain) >= 0.5
                         order by (t.plain like t.wanted || '%' escape '\\') desc,
                                  word_similarity(t.wanted, t.plain) desc, t.name
                         limit :limit
                        """)
                .param("site", siteId)
                .param("typed", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
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

package id.redaksi.article;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people credited on articles, each with a profile page. */
@Repository
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> bySlug(String slug) {
        return jdbc.sql("select * from person where slug = :slug")
                .param("slug", slug)
                .query(Person.class)
                .optional();
    }

    /** The people with these ids, in the order given. */
    public List<Person> byIds(List<Long> ids) {
        var found = jdbc.sql("select * from person where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(Person.class)
                .list();
        return ids.stream()
                .flatMap(id -> found.stream().filter(p -> p.id() == id))
                .toList();
    }

    public List<Person> all() {
        return jdbc.sql("select * from person order by name")
                .query(Person.class)
                .list();
    }

    /** The people credited, as writer or editor, on a published article of a site not among these. */
    public Set<Long> creditedOutside(Collection<Long> siteIds) {
        return new HashSet<>(jdbc.sql("""
                        select person_id from article_writer where site_id <> all(:sites)
                        union
                        select editor_id from article where editor_id is not null and site_id <> all(:sites)
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /**
     * The people a story of the site may credit: {@code members} (the site's own), anyone its articles credit, and
     * anyone nobody has yet: credited on no article and not among {@code claimed} (the profiles of accounts).
     */
    public List<Person> creditable(long siteId, Collection<Long> members, Collection<Long> claimed) {
        return jdbc.sql("""
                        select p.* from person p
                         where p.id = any(:members)
                            or exists (select 1 from article_writer w where w.person_id = p.id and w.site_id = :site)
                            or exists (select 1 from article a where a.editor_id = p.id and a.site_id = :site)
                            or (not p.id = any(:claimed)
                                and not exists (select 1 from article_writer w where w.person_id = p.id)
                                and not exists (select 1 from article a where a.editor_id = p.id))
                         order by p.name
                        """)
                .param("site", siteId)
                .param("members", members.toArray(Long[]::new))
                .param("claimed", claimed.toArray(Long[]::new))
                .query(Person.class)
                .list();
    }

    public void update(long id, String name, String bio) {
        jdbc.sql("update person set name = :name, bio = :bio where id = :id")
                .param("id", id)
                .param("name", name)
                .param("bio", bio)
                .update();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from person where slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    public Person create(String slug, String name, String bio) {
        return jdbc.sql("insert into person (slug, name, bio) values (:slug, :name, :bio) returning *")
                .param("slug", slug)
                .param("name", name)
                .param("bio", bio)
                .query(Person.class)
                .single();
    }
}

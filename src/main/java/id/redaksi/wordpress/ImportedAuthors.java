package id.redaksi.wordpress;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person each WordPress login (or guest author) of a site became. */
@Repository
class ImportedAuthors {

    private final JdbcClient jdbc;

    ImportedAuthors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> person(long siteId, String login) {
        return jdbc.sql("select person_id from wordpress_author where site_id = :site and login = :login")
                .param("site", siteId)
                .param("login", login)
                .query(Long.class)
                .optional();
    }

    void save(long siteId, String login, long personId) {
        jdbc.sql("insert into wordpress_author (site_id, login, person_id) values (:site, :login, :person)")
                .param("site", siteId)
                .param("login", login)
                .param("person", personId)
                .update();
    }
}

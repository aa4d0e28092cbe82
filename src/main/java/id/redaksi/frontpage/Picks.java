package id.redaksi.frontpage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The picks of each page (a site's front page, or one rubric's page), slot by slot. */
@Repository
public class Picks {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Picks(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Every pick of the page, expired ones too (their slots still stand, filled by the newest story), by place and
     * position; one query on the page's index.
     *
     * @param rubricId null for the front page
     */
    public List<Pick> of(long siteId, Long rubricId) {
        return jdbc.sql("select * from frontpage_pick where site_id = :site and "
                        + (rubricId == null ? "rubric_id is null" : "rubric_id = :rubric")
                        + " order by place, position")
                .param("site", siteId)
                .param("rubric", rubricId)
                .query((rs, n) -> pick(rs))
                .list();
    }

    /**
     * Replaces the picks of one place of the page in the order given; the pages that show them are
     * dropped on every node once this commits.
     */
    @Transactional
    public void save(long siteId, Long rubricId, Place place, List<Pick> picks) {
        if (picks.size() > place.slots()) {
            throw new IllegalArgumentException(place + " has " + place.slots() + " slots, not " + picks.size());
        }
        jdbc.sql("delete from frontpage_pick where site_id = :site and place = :place and "
                        + (rubricId == null ? "rubric_id is null" : "rubric_id = :rubric"))
                .param("site", siteId)
                .param("rubric", rubricId)
                .param("place", place.name())
                .update();
        IntStream.range(0, picks.size()).forEach(i -> insert(siteId, rubricId, place, i + 1, picks.get(i)));
        events.publishEvent(new FrontPageChanged(siteId));
    }

    /** The sites with a pick that expired after {@code after} and by {@code until}. */
    Set<Long> sitesExpiring(Instant after, Instant until) {
        return jdbc.sql("""
                        select distinct site_id from frontpage_pick
                        where expires_at > :after and expires_at <= :until
                        """)
                .param("after", Timestamp.from(after))
                .param("until", Timestamp.from(until))
                .query(Long.class)
                .set();
    }

    private void insert(long siteId, Long rubricId, Place place, int position, Pick pick) {
        jdbc.sql("""
                        insert into frontpage_pick (site_id, rubric_id, place, position, article_id, title, expires_at)
                        values (:site, :rubric, :place, :position, :article, :title, :expiresAt)
                        """)
                .param("site", siteId)
                .param("rubric", rubricId)
                .param("place", place.name())
                .param("position", position)
                .param("article", pick.articleId())
                .param("title", pick.title() == null ? "" : pick.title().strip())
                .param("expiresAt", pick.expiresAt() == null ? null : Timestamp.from(pick.expiresAt()))
                .update();
    }

    private static Pick pick(ResultSet rs) throws SQLException {
        var expires = rs.getTimestamp("expires_at");
        return new Pick(
                Place.valueOf(rs.getString("place")),
                rs.getInt("position"),
                rs.getLong("article_id"),
                rs.getString("title"),
                expires == null ? null : expires.toInstant());
    }
}

package id.redaksi.readership;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The most-read articles of a site or a rubric over a window, from the hourly buckets, most read first (ties: the
 * newer id first), as cards for pages and the API. A window of 24 hours is the current hour and the 23 before it.
 */
@Repository
public class MostRead {

    /* Asks for more ids than it shows: a most-read article may have been withdrawn since, and then has no card. */
    private static final int SPARE = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticleLists articles;

    MostRead(JdbcClient jdbc, Clock clock, ArticleLists articles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.articles = articles;
    }

    public List<ArticleCard> onSite(long siteId, Window window, int size) {
        return shown(siteId, onSite(siteId, window, clock.instant(), size + SPARE), size);
    }

    public List<ArticleCard> inRubric(long siteId, long rubricId, Window window, int size) {
        return shown(siteId, inRubric(rubricId, window, clock.instant(), size + SPARE), size);
    }

    /** Advertorials are read, and counted, but never listed among the newsroom's most read (Dewan Pers). */
    private List<ArticleCard> shown(long siteId, List<Long> ids, int size) {
        return articles.cards(siteId, ids).stream()
                .filter(card -> !card.sponsored())
                .limit(size)
                .toList();
    }

    List<Long> onSite(long siteId, Window window, Instant now, int limit) {
        return top("site_id = :owner", siteId, window, now, limit);
    }

    List<Long> inRubric(long rubricId, Window window, Instant now, int limit) {
        return top("rubric_id = :owner", rubricId, window, now, limit);
    }

    private List<Long> top(String owner, long ownerId, Window window, Instant now, int limit) {
        long currentHour = now.getEpochSecond() / 3600 * 3600;
        var from = Instant.ofEpochSecond(currentHour - (window.hours() - 1) * 3600);
        return jdbc.sql("""
                        select article_id from article_reads_hourly
                        where %s and hour >= :from
                        group by article_id
                        order by sum(reads) desc, article_id desc
                        limit :limit
                        """.formatted(owner))
                .param("owner", ownerId)
                .param("from", Timestamp.from(from))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}

package id.redaksi.article;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of published articles as cards, newest first: by site, rubric, topic, person and day, pages by number for
 * readers and by position for apps, and the cards of ids another module found (search, most read). Each list is one
 * query, whatever the page.
 */
@Repository
public class ArticleLists {

    private final JdbcClient jdbc;

    private final CardRows rows;

    ArticleLists(JdbcClient jdbc, CardRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public List<ArticleCard> latest(long siteId, int offset, int limit) {
        return newestFirst("where a.site_id = :site", offset, limit)
                .param("site", siteId)
                .query(rows::card)
                .list();
    }

    public List<ArticleCard> inRubric(long rubricId, int offset, int limit) {
        return newestFirst("where a.rubric_id = :rubric", offset, limit)
                .param("rubric", rubricId)
                .query(rows::card)
                .list();
    }

    /** The published articles of a site among {@code ids}, in the order of {@code ids}; the others are left out. */
    public List<ArticleCard> cards(long siteId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CardRows.COLUMNS + " from article a " + CardRows.IMAGE + """

                        where a.site_id = :site and a.id = any(:ids::bigint[])
                        order by array_position(:ids::bigint[], a.id)
                        """)
                .param("site", siteId)
                .param("ids", ids.toArray(Long[]::new))
                .query(rows::card)
                .list();
    }

    /**
     * The site's published articles whose words match {@code text} (as search reads it), newest first; the newest of
     * all for an empty text. For the desk's curation screen: an editor looks a story up by a word of its headline.
     */
    public List<ArticleCard> matching(long siteId, String text, int limit) {
        if (text.isBlank()) {
            return latest(siteId, 0, limit);
        }
        return newestFirst("""
                        where a.site_id = :site
                          and a.search @@ websearch_to_tsquery('indonesian', unaccent_text(:q))
                        """, 0, limit)
                .param("site", siteId)
                .param("q", text)
                .query(rows::card)
                .list();
    }

    /**
     * The newest few of each of a site's rubrics, in the order of {@code rubricIds}, for the home page's blocks, in
     * one query. The rubrics are the site module's: the caller names them, this module does not read their table.
     */
    public List<ArticleCard> latestPerRubric(long siteId, List<Long> rubricIds, int perRubric) {
        return jdbc.sql("""
                        select %s
                        from unnest(:rubrics::bigint[]) with ordinality as r(id, position)
                        cross join lateral (select * from article x where x.rubric_id = r.id
                                            order by x.published_at desc, x.id desc limit :n) a
                        %s
                        where a.site_id = :site
                        order by r.position, a.published_at desc, a.id desc
                        """.formatted(CardRows.COLUMNS, CardRows.IMAGE))
                .param("site", siteId)
                .param("rubrics", rubricIds.toArray(Long[]::new))
                .param("n", perRubric)
                .query(rows::card)
                .list();
    }

    public List<ArticleCard> withTopic(long topicId, int offset, int limit) {
        // read off article_topic_newest alone: the topic's links carry their article's publication time
        return page("""
                        select x.article_id as id, x.published_at from article_topic x where x.topic_id = :topic
                        order by x.published_at desc, x.article_id desc offset :offset limit :limit
                        """)
                .param("topic", topicId)
                .param("offset", offset)
                .param("limit", limit)
                .query(rows::card)
                .list();
    }

    /** Articles of one site that credit the person as a writer or as the editor. */
    public List<ArticleCard> creditedTo(long siteId, long personId, int offset, int limit) {
        // two lists read off their own indexes, each only as far as the page reaches, then merged
        return page("""
                        select id, published_at from (
                          (select w.article_id as id, w.published_at from article_writer w
                            where w.person_id = :person and w.site_id = :site
                            order by w.published_at desc, w.article_id desc limit :reach)
                          union
                          (select e.id, e.published_at from article e
                            where e.editor_id = :person and e.site_id = :site
                            order by e.published_at desc, e.id desc limit :reach)) credits
                        order by published_at desc, id desc offset :offset limit :limit
                        """)
                .param("site", siteId)
                .param("person", personId)
                .param("reach", offset + limit)
                .param("offset", offset)
                .param("limit", limit)
                .query(rows::card)
                .list();
    }

    /** A site's photo stories, read off the index of their first pictures. */
    public List<ArticleCard> photoStories(long siteId, int offset, int limit) {
        return page("""
                        select g.article_id as id, g.published_at from article_gallery g
                        where g.site_id = :site and g.position = 1
                        order by g.published_at desc, g.article_id desc offset :offset limit :limit
                        """)
                .param("site", siteId)
                .param("offset", offset)
                .param("limit", limit)
                .query(rows::card)
                .list();
    }

    /** A site's stories that lead with a video. */
    public List<ArticleCard> videos(long siteId, int offset, int limit) {
        return newestFirst("where a.site_id = :site and a.video_url is not null", offset, limit)
                .param("site", siteId)
                .query(rows::card)
                .list();
    }

    /**
     * Up to {@code limit} of the site's articles published before ({@code at}, {@code id}), newest first: pages
     * for apps that never skip or repeat an article when new ones are published while they page.
     */
    public List<ArticleCard> latestBefore(long siteId, Instant at, long id, int limit) {
        return before("where a.site_id = :site", at, id, limit)
                .param("site", siteId)
                .query(rows::card)
                .list();
    }

    public List<ArticleCard> inRubricBefore(long rubricId, Instant at, long id, int limit) {
        return before("where a.rubric_id = :rubric", at, id, limit)
                .param("rubric", rubricId)
                .query(rows::card)
                .list();
    }

    public List<ArticleCard> withTopicBefore(long topicId, Instant at, long id, int limit) {
        return page("""
                        select x.article_id as id, x.published_at from article_topic x
                        where x.topic_id = :topic and (x.published_at, x.article_id) < (:at, :id)
                        order by x.published_at desc, x.article_id desc limit :limit
                        """)
                .param("topic", topicId)
                .param("at", java.sql.Timestamp.from(at))
                .param("id", id)
                .param("limit", limit)
                .query(rows::card)
                .list();
    }

    public List<ArticleCard> publishedBetween(long siteId, Instant from, Instant until, int offset, int limit) {
        return newestFirst("""
                        where a.site_id = :site and a.published_at >= :from and a.published_at < :until
                        """, offset, limit)
                .param("site", siteId)
                .param("from", java.sql.Timestamp.from(from))
                .param("until", java.sql.Timestamp.from(until))
                .query(rows::card)
                .list();
    }

    /** Keyset: the (…, published_at desc, id desc) indexes answer it without counting past earlier pages. */
    private JdbcClient.StatementSpec before(String where, Instant at, long id, int limit) {
        return jdbc.sql(
                        "select " + CardRows.COLUMNS + " from article a " + CardRows.IMAGE + " " + where
                                + " and (a.published_at, a.id) < (:at, :id) order by a.published_at desc, a.id desc limit :limit")
                .param("at", java.sql.Timestamp.from(at))
                .param("id", id)
                .param("limit", limit);
    }

    /**
     * A page of the articles that {@code where} (a where clause over {@code article a}) selects, newest first. The
     * page is found first on ids and dates alone, which the (…, published_at desc, id desc) indexes hold, so skipping
     * to page 400 walks index entries instead of fetching 8,000 rows; only the page's rows are read whole.
     */
    private JdbcClient.StatementSpec newestFirst(String where, int offset, int limit) {
        return page("select a.id, a.published_at from article a " + where
                        + " order by a.published_at desc, a.id desc offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit);
    }

    /** The cards of a page whose ids and publication times {@code ids} finds, newest first, reading only its rows. */
    private JdbcClient.StatementSpec page(String ids) {
        return jdbc.sql("select " + CardRows.COLUMNS + " from (" + ids + ") p join article a on a.id = p.id "
                + CardRows.IMAGE + " order by p.published_at desc, p.id desc");
    }
}

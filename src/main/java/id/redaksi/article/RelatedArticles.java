package id.redaksi.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The articles a page or an app links under an article ("Baca Juga", "Berita Terkait"). */
@Repository
public class RelatedArticles {

    /** How many related articles a page or an app shows under an article. */
    public static final int RELATED = 6;

    /** How many of each topic's newest articles {@link #related} counts shared topics over. */
    static final int RELATED_PER_TOPIC = 500;

    /** How many of a site's newest articles {@link #related} ranks by headline words when topics gave too few. */
    static final int RELATED_WINDOW = 2_000;

    /**
     * Advertorials are linked only from advertorials: Dewan Pers and Google News ask that paid content never pass for
     * the newsroom's own, as a "Baca Juga" in an ordinary story would make it.
     */
    private static final String ADVERTORIALS = "(a.sponsor is null or :sponsored)";

    private final JdbcClient jdbc;

    private final CardRows cardRows;

    RelatedArticles(JdbcClient jdbc, CardRows rows) {
        this.jdbc = jdbc;
        this.cardRows = rows;
    }

    /**
     * Articles to link from this one, for "Baca Juga" and "Berita Terkait" alike: those sharing the most
     * topics first, then those whose text is closest to this headline, then the same rubric; newest first
     * where otherwise equal, so the same data always gives the same links. Only other published articles of
     * the same site, and no advertorial under an ordinary story; one query, each part served by an index.
     * <p>
     * A topic such as a city's name can be on hundreds of thousands of a site's articles, so each part looks
     * only at recent ones, and its cost does not grow with the site: the newest {@value #RELATED_PER_TOPIC}
     * articles of each of this one's topics are counted for shared topics, and the headline's words are ranked
     * over the site's newest {@value #RELATED_WINDOW}. The text and rubric parts run only when the topics gave
     * too few.
     */
    public List<ArticleCard> related(Article article, int limit) {
        var rows = jdbc.sql("""
                        with q as (
                          select to_tsquery('indonesian', coalesce((select string_agg(quote_literal(l), ' | ')
                                   from unnest(tsvector_to_array(to_tsvector('indonesian', unaccent_text(:title)))) l), ''))
                                 as words),
                        sharing as (
                          select c.article_id as id, count(*) as shared, max(c.published_at) as published_at
                            from unnest(:topics::bigint[]) t(id)
                            cross join lateral (select x.article_id, x.published_at from article_topic x
                                                 where x.topic_id = t.id and x.article_id <> :id
                                                 order by x.published_at desc, x.article_id desc limit %2$d) c
                           group by c.article_id
                           order by count(*) desc, max(c.published_at) desc, c.article_id desc limit :n),
                        shared as (
                          select %1$s, s.shared, 0::real as score, 0 as tier
                            from sharing s join article a on a.id = s.id %4$s
                           where a.site_id = :site and %5$s)
                        select * from shared
                        union all
                        (select %1$s, 0, ts_rank(a.search, q.words), 1
                           from q, (select r.id from article r where r.site_id = :site
                                     order by r.published_at desc, r.id desc limit %3$d) w
                           join article a on a.id = w.id %4$s
                          where (select count(*) from shared) < :n and a.search @@ q.words and a.id <> :id and %5$s
                          order by ts_rank(a.search, q.words) desc, a.published_at desc, a.id desc limit :n)
                        union all
                        (select %1$s, 0, 0, 2
                           from article a %4$s
                          where (select count(*) from shared) < :n
                            and a.rubric_id = :rubric and a.site_id = :site and a.id <> :id and %5$s
                          order by a.published_at desc, a.id desc limit :n)
                        order by tier, shared desc, score desc, published_at desc, id desc
                        """.formatted(
                                CardRows.COLUMNS, RELATED_PER_TOPIC, RELATED_WINDOW, CardRows.IMAGE, ADVERTORIALS))
                .param("sponsored", article.content().sponsored())
                .param("title", article.content().title())
                .param("topics", article.topicIds().toArray(Long[]::new))
                .param("site", article.siteId())
                .param("id", article.id())
                .param("rubric", article.rubricId())
                .param("n", limit)
                .query(cardRows::card)
                .list();
        // keyed by headline: a reader gains nothing from the same headline linked twice (a follow-up reusing it)
        var distinct = new LinkedHashMap<String, ArticleCard>();
        rows.stream()
                .filter(card -> !card.title().equalsIgnoreCase(article.content().title()))
                .forEach(card -> distinct.putIfAbsent(card.title().toLowerCase(Locale.ROOT), card));
        return distinct.values().stream().limit(limit).toList();
    }
}

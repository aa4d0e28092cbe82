package id.redaksi.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.redaksi.article.ArticlePublished;
import id.redaksi.article.ArticleWithdrawn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What sitemaps list, read row by row. Article rows come from ranges of {@code article_site_published}; the
 * driver fetches them in batches inside a read-only transaction, so a file of 50,000 addresses never sits in memory.
 * <p>
 * The month summaries and the pages sitemap's version group every article of the site (a second at a million
 * articles, bench/README-scale.md), so they are kept for {@link #KEPT} and forgotten when the site publishes or
 * withdraws here: crawlers asking again and again, or anyone else, cost at most one such scan a minute.
 */
@Repository
class SitemapArticles {

    static final Duration KEPT = Duration.ofMinutes(1);

    private static final int FETCH = 500;

    private static final String MONTH = """
            select a.id, a.slug, a.title, a.published_at, a.updated_at from article a
            where a.site_id = :site and a.published_at >= :from and a.published_at < :until
            order by a.published_at, a.id
            offset :offset limit :limit
            """;

    /** Google News takes no paid content: advertorials stay out of its sitemap. */
    private static final String NEWS = """
            select a.id, a.slug, a.title, a.published_at, a.updated_at from article a
            where a.site_id = :site and a.published_at >= :since and a.sponsor is null
            order by a.published_at desc, a.id desc
            limit :limit
            """;

    private static final String PAGES = """
            select p.path, p.last_modified from (
              select 0 as kind, 0 as position, '/' as path, max(a.published_at) as last_modified
                from article a where a.site_id = :site
              union all
              select 1, r.position, '/kanal/' || r.slug, l.published_at
                from rubric r cross join lateral (select a.published_at from article a where a.rubric_id = r.id
                                                   order by a.published_at desc, a.id desc limit 1) l
               where r.site_id = :site
              union all
              select 2, 0, '/topik/' || t.slug, l.published_at
                from topic t cross join lateral (select x.published_at from article_topic x where x.topic_id = t.id
                                                  order by x.published_at desc, x.article_id desc limit 1) l
               where t.site_id = :site
              union all
              select 3, 0, '/penulis/' || p.slug, c.published_at
                from person p cross join lateral (
                       select max(n.published_at) as published_at from (
                         (select w.published_at from article_writer w where w.person_id = p.id and w.site_id = :site
                           order by w.published_at desc limit 1)
                         union all
                         (select e.published_at from article e where e.editor_id = p.id and e.site_id = :site
                           order by e.published_at desc limit 1)) n) c
               where c.published_at is not null
            ) p
            order by p.kind, p.position, p.path
            """;

    private final JdbcClient jdbc;
    private final Cache<SiteKey, List<SitemapMonth.Summary>> months = kept();
    private final Cache<SiteKey, FeedVersion> pagesVersions = kept();

    SitemapArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        forget(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        forget(event.siteId());
    }

    private void forget(long siteId) {
        months.asMap().keySet().removeIf(key -> key.siteId() == siteId);
        pagesVersions.asMap().keySet().removeIf(key -> key.siteId() == siteId);
    }

    private static <V> Cache<SiteKey, V> kept() {
        return Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();
    }

    /** Every month of the site, in its zone, that has articles; oldest first. */
    List<SitemapMonth.Summary> months(long siteId, ZoneId zone) {
        return months.get(new SiteKey(siteId, zone.getId()), key -> readMonths(siteId, zone));
    }

    private List<SitemapMonth.Summary> readMonths(long siteId, ZoneId zone) {
        return jdbc.sql("""
                        select to_char(a.published_at at time zone :zone, 'YYYY-MM') as month, count(*) as articles,
                               max(greatest(a.published_at, a.updated_at)) as last_modified
                        from article a where a.site_id = :site
                        group by 1 order by 1
                        """)
                .param("site", siteId)
                .param("zone", zone.getId())
                .query((rs, row) -> new SitemapMonth.Summary(
                        YearMonth.parse(rs.getString("month")),
                        rs.getLong("articles"),
                        rs.getTimestamp("last_modified").toInstant()))
                .list();
    }

    FeedVersion monthVersion(long siteId, ZoneId zone, SitemapMonth month) {
        return version(MONTH, monthParams(siteId, zone, month));
    }

    @Transactional(readOnly = true)
    void month(long siteId, ZoneId zone, SitemapMonth month, Consumer<SitemapArticle> sink) {
        stream(MONTH, monthParams(siteId, zone, month), sink);
    }

    FeedVersion newsVersion(long siteId, Instant since, int limit) {
        return version(NEWS, newsParams(siteId, since, limit));
    }

    @Transactional(readOnly = true)
    void news(long siteId, Instant since, int limit, Consumer<SitemapArticle> sink) {
        stream(NEWS, newsParams(siteId, since, limit), sink);
    }

    /**
     * Changes whenever an article of the site is published, edited or withdrawn, or the scope changes (the rubrics
     * and the static pages, as the caller writes them): every way the pages sitemap can change. Far cheaper than the
     * pages query itself.
     */
    FeedVersion pagesVersion(long siteId, String scope) {
        return pagesVersions.get(new SiteKey(siteId, scope), key -> readPagesVersion(siteId, scope));
    }

    private FeedVersion readPagesVersion(long siteId, String rubrics) {
        return jdbc.sql("""
                        select md5(:rubrics || ':' || count(*) || ':' || coalesce(max(a.updated_at)::text, '')) as digest,
                               max(greatest(a.published_at, a.updated_at)) as last_modified
                        from article a where a.site_id = :site
                        """)
                .param("site", siteId)
                .param("rubrics", rubrics)
                .query(FeedVersion::read)
                .single();
    }

    /** The home page, then rubrics, topics and people with articles on the site, each with its newest article's time. */
    @Transactional(readOnly = true)
    void pages(long siteId, Consumer<SitemapPage> sink) {
        jdbc.sql(PAGES).param("site", siteId).withFetchSize(FETCH).query(rs -> {
            sink.accept(new SitemapPage(rs.getString("path"), instant(rs.getTimestamp("last_modified"))));
        });
    }

    private FeedVersion version(String rows, Map<String, Object> params) {
        return jdbc.sql(FeedVersion.query(rows))
                .params(params)
                .query(FeedVersion::read)
                .single();
    }

    private void stream(String rows, Map<String, Object> params, Consumer<SitemapArticle> sink) {
        jdbc.sql(rows).params(params).withFetchSize(FETCH).query(rs -> {
            sink.accept(new SitemapArticle(
                    rs.getLong("id"),
                    rs.getString("slug"),
                    rs.getString("title"),
                    rs.getTimestamp("published_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant()));
        });
    }

    private static Map<String, Object> monthParams(long siteId, ZoneId zone, SitemapMonth month) {
        return Map.of(
                "site", siteId,
                "from", Timestamp.from(month.from(zone)),
                "until", Timestamp.from(month.until(zone)),
                "offset", month.offset(),
                "limit", SitemapMonth.URLS_PER_FILE);
    }

    private static Map<String, Object> newsParams(long siteId, Instant since, int limit) {
        return Map.of("site", siteId, "since", Timestamp.from(since), "limit", limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A site with what its answer was read for: its zone, or its rubrics. */
    private record SiteKey(long siteId, String detail) {}

    /** An article as a sitemap lists it. */
    record SitemapArticle(long id, String slug, String title, Instant publishedAt, Instant updatedAt) {}

    /** A list page of the site and the time of its newest article, or null when it has none (an empty site's home). */
    record SitemapPage(String path, Instant lastModified) {}
}

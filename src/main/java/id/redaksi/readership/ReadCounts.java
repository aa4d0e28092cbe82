package id.redaksi.readership;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored counts: each article's total and its reads per hour. */
@Repository
public class ReadCounts {

    private final JdbcClient jdbc;

    ReadCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many times the article has been read, as of the last flush. */
    public long total(long articleId) {
        return jdbc.sql("select total from article_reads where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Adds a batch of counts to the hourly buckets and to the totals in one statement, hence one transaction:
     * a failed flush writes nothing, so putting the batch back cannot count anything twice. Only reads of articles
     * published on their site now are counted (a made-up id, or one withdrawn since, is not), under the rubric
     * the article is in now.
     *
     * @return the articles that were counted
     */
    List<Counted> add(Collection<Tally> tallies) {
        return jdbc.sql("""
                        with hits as (
                          select h.article_id, to_timestamp(h.hour) as hour, a.site_id, a.rubric_id, h.reads
                          from unnest(:articles::bigint[], :hours::bigint[], :sites::bigint[], :reads::bigint[])
                                 as h(article_id, hour, site_id, reads)
                          join published_article a on a.id = h.article_id and a.site_id = h.site_id
                        ), hourly as (
                          insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                          select article_id, hour, min(site_id), min(rubric_id), sum(reads)
                          from hits group by article_id, hour
                          on conflict (article_id, hour) do update set reads = article_reads_hourly.reads + excluded.reads
                        )
                        insert into article_reads (article_id, site_id, total)
                        select article_id, min(site_id), sum(reads) from hits group by article_id
                        on conflict (article_id) do update set total = article_reads.total + excluded.total
                        returning article_id, site_id
                        """)
                .param(
                        "articles",
                        tallies.stream().map(t -> t.key().articleId()).toArray(Long[]::new))
                .param("hours", tallies.stream().map(t -> t.key().hour()).toArray(Long[]::new))
                .param("sites", tallies.stream().map(t -> t.key().siteId()).toArray(Long[]::new))
                .param("reads", tallies.stream().map(Tally::reads).toArray(Long[]::new))
                .query((rs, row) -> new Counted(rs.getLong("article_id"), rs.getLong("site_id")))
                .list();
    }

    /**
     * Reads of one article in one hour, waiting to be written.
     *
     * @param hour the hour's start in seconds since the epoch
     */
    record Key(long articleId, long hour, long siteId) {}

    record Tally(Key key, long reads) {}

    record Counted(long articleId, long siteId) {}
}

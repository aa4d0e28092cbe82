package id.redaksi.search;

import id.redaksi.article.Articles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over a site's published articles. The text goes through {@code websearch_to_tsquery}, which
 * never fails on what a reader types, and is unaccented like the stored vector so both sides meet.
 */
@Repository
public class Search {

    /** When a search finds this few, it is worth offering a better spelling. */
    static final int FEW = 3;

    private static final Timestamp NO_START = Timestamp.from(Instant.parse("1900-01-01T00:00:00Z"));
    private static final Timestamp NO_END = Timestamp.from(Instant.parse("9999-01-01T00:00:00Z"));

    private static final String FROM = """
            from article a cross join websearch_to_tsquery('indonesian', unaccent_text(:q)) q
            """;

    private static final String WHERE = """
            where a.site_id = :site and a.search @@ q
              and (:rubric = 0 or a.rubric_id = :rubric)
              and a.published_at >= :from and a.published_at < :until
            """;

    private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippet.START + "\", StopSel=\"" + Snippet.STOP
            + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final SearchWords words;

    Search(JdbcClient jdbc, SearchWords words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    @Transactional(readOnly = true)
    public SearchResult search(SearchQuery query) {
        long total = jdbc.sql("select count(*) " + FROM + WHERE)
                .params(params(query))
                .query(Long.class)
                .single();
        var hits = total == 0 ? List.<SearchHit>of() : page(query);
        var suggestion =
                total < FEW ? words.suggest(query.siteId(), query.text()).orElse(null) : null;
        return new SearchResult(total, hits, suggestion);
    }

    /** Best first: cover density over the weighted vector (title A, lead B, body C), newest first among equals. */
    private List<SearchHit> page(SearchQuery query) {
        return jdbc.sql("select " + Articles.CARD_COLUMNS + """
                        , ts_headline('indonesian', translate(regexp_replace(a.body_html, '<[^>]+>', ' ', 'g'),
                                           chr(1) || chr(2), ''), q, :options) as headline
                        """ + FROM + "left join media m on m.id = a.image_id\n"
                        + WHERE + """
                        order by ts_rank_cd(a.search, q) desc, a.published_at desc, a.id desc
                        offset :offset limit :limit
                        """)
                .params(params(query))
                .param("options", HEADLINE_OPTIONS)
                .param("offset", query.offset())
                .param("limit", query.limit())
                .query(Search::hit)
                .list();
    }

    private static Map<String, Object> params(SearchQuery query) {
        return Map.of(
                "q", query.text(),
                "site", query.siteId(),
                "rubric", query.rubricId() == null ? 0L : query.rubricId(),
                "from", query.from() == null ? NO_START : Timestamp.from(query.from()),
                "until", query.until() == null ? NO_END : Timestamp.from(query.until()));
    }

    private static SearchHit hit(ResultSet rs, int row) throws SQLException {
        return new SearchHit(Articles.card(rs, row), Snippet.html(rs.getString("headline")));
    }
}

package id.redaksi.search;

import id.redaksi.article.Articles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full-text search over a site's published articles. The text goes through {@code websearch_to_tsquery}, which
 * never fails on what a reader types, and is unaccented like the stored vector so both sides meet.
 * <p>
 * A common word is in tens of thousands of a large site's articles, and counting or ranking all of them would
 * read each one (a second at a million articles, bench/README-scale.md). So a search counts and lists at most
 * {@value #MAX_RESULTS} matches, lists them newest first by default (read off the site's newest-first index,
 * stopping at the page), and ranks by relevance only the newest {@value #RELEVANCE_WINDOW}.
 */
@Repository
public class Search {

    /** When a search finds this few, it is worth offering a better spelling. */
    static final int FEW = 3;

    /** The most matches a search counts and lists: fifty pages, more than any reader turns. */
    public static final int MAX_RESULTS = 1_000;

    /** How many of the newest matches a search by relevance ranks. */
    public static final int RELEVANCE_WINDOW = 100;

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
    private final TransactionTemplate readOnly;
    private final Articles articles;

    Search(JdbcClient jdbc, SearchWords words, PlatformTransactionManager transactions, Articles articles) {
        this.jdbc = jdbc;
        this.words = words;
        this.articles = articles;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The count and the page each take an index's time, so they run side by side, each on its own connection. */
    public SearchResult search(SearchQuery query) {
        try (var sideBySide = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<SearchHit>> page = query.offset() >= MAX_RESULTS
                    ? CompletableFuture.completedFuture(List.of())
                    : sideBySide.submit(() -> planned(() -> page(query)));
            long counted = planned(() -> count(query));
            var hits = result(page);
            var suggestion =
                    counted < FEW ? words.suggest(query.siteId(), query.text()).orElse(null) : null;
            int listed = query.order() == SearchOrder.RELEVANCE ? RELEVANCE_WINDOW : MAX_RESULTS;
            return new SearchResult(
                    Math.min(counted, MAX_RESULTS), counted > MAX_RESULTS, Math.min(counted, listed), hits, suggestion);
        }
    }

    /**
     * A plan made once for any text (what the driver's prepared statements get after a few runs) cannot know
     * whether the words are common, and picks one that reads every match of a common word (0.9 s at a million
     * articles instead of 10 ms): each search is planned for its own text.
     */
    private <T> T planned(Supplier<T> statement) {
        return readOnly.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return statement.get();
        });
    }

    private long count(SearchQuery query) {
        return jdbc.sql("select count(*) from (select 1 " + FROM + WHERE + " limit :cap) c")
                .params(params(query))
                .param("cap", MAX_RESULTS + 1)
                .query(Long.class)
                .single();
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching", e);
        }
    }

    /**
     * Newest first; or best first by cover density over the weighted vector (title A, lead B, body C) among the
     * newest matches, newest first among equals. The snippet is made for the page's rows only.
     */
    private List<SearchHit> page(SearchQuery query) {
        var matches = switch (query.order()) {
            case NEWEST -> "select a.id, a.published_at, q, 0 as rank " + FROM + WHERE + """
                    order by a.published_at desc, a.id desc offset :offset limit :limit""";
            case RELEVANCE ->
                "select * from (select a.id, a.published_at, q, ts_rank_cd(a.search, q) as rank "
                        + FROM + WHERE + " order by a.published_at desc, a.id desc limit " + RELEVANCE_WINDOW + """
                    ) w order by w.rank desc, w.published_at desc, w.id desc offset :offset limit :limit""";
        };
        return jdbc.sql("select " + Articles.CARD_COLUMNS + """
                        , ts_headline('indonesian', translate(regexp_replace(a.body_html, '<[^>]+>', ' ', 'g'),
                                           chr(1) || chr(2), ''), p.q, :options) as headline
                        from (""" + matches + """
                        ) p join article a on a.id = p.id left join media m on m.id = a.image_id
                        order by p.rank desc, p.published_at desc, p.id desc
                        """)
                .params(params(query))
                .param("options", HEADLINE_OPTIONS)
                .param("offset", query.offset())
                .param("limit", Math.min(query.limit(), MAX_RESULTS - query.offset()))
                .query(this::hit)
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

    private SearchHit hit(ResultSet rs, int row) throws SQLException {
        return new SearchHit(articles.card(rs, row), Snippet.html(rs.getString("headline")));
    }
}

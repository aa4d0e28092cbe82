package id.redaksi.search;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * stopping there), and ranks by relevance only the newest {@value #RELEVANCE_WINDOW}.
 * <p>
 * Search finds ids (in the {@code searchable_article} view the article module publishes) with their snippets; the
 * article module makes them cards. The count and the page are one statement, and the cards and any suggestion
 * follow on the same connection: a search takes one connection of the pool, however busy the site.
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

    /**
     * The matches of the search in the site, filters applied. The words are written into each part, not read from a
     * CTE: planned for its own text, a part then knows how common the words are, so the page walks the newest-first
     * index and stops at its rows, and the capped count stops at its cap. Read from one materialised CTE of the newest
     * 1,001 matches, both sorted every match first: 84 ms at a million articles for {@code banjir} (25,000 matches)
     * where the two parts take 18 ms ({@code bench/README-scale.md}).
     */
    private static final String MATCHING = """
            a.site_id = :site and a.search @@ websearch_to_tsquery('indonesian', unaccent_text(:q))
            and (:rubric = 0 or a.rubric_id = :rubric)
            and a.published_at >= :from and a.published_at < :until""";

    private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippet.START + "\", StopSel=\"" + Snippet.STOP
            + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final SearchWords words;
    private final ArticleLists articles;
    private final TransactionTemplate readOnly;
    private final Timer searches;

    Search(
            JdbcClient jdbc,
            SearchWords words,
            ArticleLists articles,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.searches = Timer.builder("redaksi.search")
                .description("One search: the matches, their cards and any suggestion")
                .register(meters);
        this.jdbc = jdbc;
        this.words = words;
        this.articles = articles;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A plan made once for any text (what the driver's prepared statements get after a few runs) cannot know
     * whether the words are common, and picks one that reads every match of a common word (0.9 s at a million
     * articles instead of 10 ms): each search is planned for its own text.
     */
    public SearchResult search(SearchQuery query) {
        return searches.record(() -> readOnly.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            var found = found(query);
            long counted = found.isEmpty() ? 0 : found.getFirst().total();
            var hits = hits(query.siteId(), found);
            var suggestion =
                    counted < FEW ? words.suggest(query.siteId(), query.text()).orElse(null) : null;
            int listed = query.order() == SearchOrder.RELEVANCE ? RELEVANCE_WINDOW : MAX_RESULTS;
            return new SearchResult(
                    Math.min(counted, MAX_RESULTS), counted > MAX_RESULTS, Math.min(counted, listed), hits, suggestion);
        }));
    }

    /** One row of what a search found: the count of every match, beside one match of the page (null past the end). */
    private record Found(long total, Long id, String headline) {}

    /**
     * Newest first; or best first by cover density over the weighted vector (title A, lead B, body C) among the
     * newest matches, newest first among equals. The count is one row even when the page is empty; the snippet is
     * made for the page's rows only.
     */
    private List<Found> found(SearchQuery query) {
        var page = switch (query.order()) {
            case NEWEST -> """
                    select a.id, a.published_at, 0 as rank from searchable_article a where %s
                    order by a.published_at desc, a.id desc offset :offset limit :limit""".formatted(MATCHING);
            case RELEVANCE -> """
                    select w.id, w.published_at, ts_rank_cd(w.search, q.q) as rank
                      from (select a.id, a.published_at, a.search from searchable_article a where %s
                             order by a.published_at desc, a.id desc limit %d) w, q
                     order by rank desc, w.published_at desc, w.id desc offset :offset limit :limit""".formatted(MATCHING, RELEVANCE_WINDOW);
        };
        return jdbc.sql("""
                        with q as (select websearch_to_tsquery('indonesian', unaccent_text(:q)) as q)
                        select c.total, p.id,
                          (select ts_headline('indonesian', translate(regexp_replace(b.body_html, '<[^>]+>', ' ', 'g'),
                                              chr(1) || chr(2), ''), q.q, :options)
                             from searchable_article b, q where b.id = p.id) as headline
                        from (select count(*) as total
                                from (select 1 from searchable_article a where\s""" + MATCHING + """
                                       limit :cap) m) c
                        left join lateral (""" + page + """
                        ) p on true
                        order by p.rank desc, p.published_at desc, p.id desc
                        """)
                .params(params(query))
                .param("cap", MAX_RESULTS + 1)
                .param("options", HEADLINE_OPTIONS)
                .param("offset", query.offset())
                .param("limit", Math.max(0, Math.min(query.limit(), MAX_RESULTS - query.offset())))
                .query((rs, row) -> new Found(rs.getLong("total"), (Long) rs.getObject("id"), rs.getString("headline")))
                .list();
    }

    /** The page's matches as the article module shows them, in the page's order. */
    private List<SearchHit> hits(long siteId, List<Found> found) {
        var page = found.stream().filter(f -> f.id() != null).toList();
        Map<Long, ArticleCard> cards = articles
                .cards(siteId, page.stream().map(Found::id).toList())
                .stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        // an article withdrawn since the match was read has no card, and is left out of the page
        return page.stream()
                .filter(f -> cards.containsKey(f.id()))
                .map(f -> new SearchHit(cards.get(f.id()), Snippet.html(f.headline())))
                .toList();
    }

    private static Map<String, Object> params(SearchQuery query) {
        return Map.of(
                "q", query.text(),
                "site", query.siteId(),
                "rubric", query.rubricId() == null ? 0L : query.rubricId(),
                "from", query.from() == null ? NO_START : Timestamp.from(query.from()),
                "until", query.until() == null ? NO_END : Timestamp.from(query.until()));
    }
}

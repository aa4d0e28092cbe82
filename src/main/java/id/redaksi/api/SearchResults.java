package id.redaksi.api;

import id.redaksi.search.SearchResult;
import id.redaksi.site.Site;
import java.util.List;

/**
 * One page of a search, best match first.
 *
 * @param total every match, not only this page's, counted up to 1,000
 * @param more whether there are more matches than {@code total}; a search lists only the first 1,000
 * @param suggestion a likelier spelling of the query ("Maksud Anda"), or null
 */
record SearchResults(String query, long total, boolean more, int page, int limit, String suggestion, List<Hit> items) {

    static SearchResults of(Site site, String query, int page, int limit, SearchResult result) {
        var hits = result.hits().stream()
                .map(h -> new Hit(ArticleSummary.of(site, h.article()), h.snippet()))
                .toList();
        return new SearchResults(query, result.total(), result.more(), page, limit, result.suggestion(), hits);
    }

    /** @param snippetHtml escaped text in which only the matched words are wrapped in {@code <mark>} */
    record Hit(ArticleSummary article, String snippetHtml) {}
}

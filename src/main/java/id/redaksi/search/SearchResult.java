package id.redaksi.search;

import java.util.List;

/**
 * One page of what a search found.
 *
 * @param total every match, not only this page's, counted up to {@link Search#MAX_RESULTS}
 * @param more whether there are more matches than {@code total}, which is then {@link Search#MAX_RESULTS}
 * @param listable how many of them pages can list: at most {@link Search#MAX_RESULTS}, and by relevance at most
 *     {@link Search#RELEVANCE_WINDOW}
 * @param suggestion the query with likelier words ("Maksud Anda"), or null when there is nothing better to offer
 */
public record SearchResult(long total, boolean more, long listable, List<SearchHit> hits, String suggestion) {}

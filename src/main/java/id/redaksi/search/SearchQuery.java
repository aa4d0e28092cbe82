package id.redaksi.search;

import java.time.Instant;

/**
 * One search on one site.
 *
 * @param text what the reader typed, in web search syntax: {@code "exact phrase"}, {@code -excluded}, {@code or}
 * @param rubricId only this rubric, or null for all
 * @param from inclusive, or null
 * @param until exclusive, or null
 * @param offset fewer than {@link Search#MAX_RESULTS}: no search lists more
 */
public record SearchQuery(
        long siteId,
        String text,
        Long rubricId,
        Instant from,
        Instant until,
        SearchOrder order,
        int offset,
        int limit) {

    /** Longer texts are no one's search; the page says so instead of asking the database. */
    public static final int MAX_LENGTH = 200;
}

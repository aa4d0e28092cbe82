package id.redaksi.search;

import java.util.List;

/**
 * One page of what a search found.
 *
 * @param total every match, not only this page's
 * @param suggestion the query with likelier words ("Maksud Anda"), or null when there is nothing better to offer
 */
public record SearchResult(long total, List<SearchHit> hits, String suggestion) {}

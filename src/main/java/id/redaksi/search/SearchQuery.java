package id.redaksi.search;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One search on one site. The text is bounded here, before PostgreSQL sees it: no control characters (a NUL is
 * an error in a PostgreSQL string) and at most {@value #MAX_MINUS_SIGNS} minus signs (each can be a NOT, and
 * PostgreSQL's query parser stacks at most 32 operators: a 500 for 32 hyphens otherwise).
 *
 * @param text what the reader typed, in web search syntax: {@code "exact phrase"}, {@code -excluded}, {@code or};
 *     {@link #typed cleaned}, and not {@link #tooManyOperators}
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

    /** Far more exclusions than anyone types, and far fewer than PostgreSQL's 32 stacked operators. */
    public static final int MAX_MINUS_SIGNS = 16;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

    public SearchQuery {
        if (CONTROL.matcher(text).find() || tooManyOperators(text)) {
            throw new IllegalArgumentException("not a search text: use SearchQuery.typed and tooManyOperators");
        }
    }

    /**
     * What a reader typed, as a search takes it: control characters (a NUL, a tab, a line break pasted along)
     * are spaces, and the ends are stripped; null is empty.
     */
    public static String typed(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ").strip();
    }

    /** Whether the text holds more minus signs than a search allows; the caller refuses it, naming the limit. */
    public static boolean tooManyOperators(String text) {
        return text.chars().filter(c -> c == '-').count() > MAX_MINUS_SIGNS;
    }
}

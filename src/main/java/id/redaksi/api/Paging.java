package id.redaksi.api;

import id.redaksi.search.Search;
import java.util.ArrayList;
import java.util.List;

/**
 * The paging parameters of a list request, checked together so one answer names every bad field.
 *
 * @param limit how many items a page holds
 */
record Paging(int limit, Cursor after) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    static Paging of(String limit, String cursor) {
        var errors = new ArrayList<Problem.FieldError>();
        int size = limit(limit, errors);
        var after = Cursor.START;
        if (cursor != null && !cursor.isEmpty()) {
            after = Cursor.decode(cursor).orElse(null);
            if (after == null) {
                errors.add(
                        new Problem.FieldError("cursor", "is not a cursor this API gave out; use nextCursor as it is"));
            }
        }
        InvalidParameter.throwIfAny(errors);
        return new Paging(size, after);
    }

    /**
     * The page number of a search, whose relevance order has no stable position to continue from. A search lists
     * at most {@link Search#MAX_RESULTS} matches, so the last page depends on the limit.
     */
    static int searchPage(String page, int limit, List<Problem.FieldError> errors) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        int n = number(page);
        int last = Math.max(1, Search.MAX_RESULTS / Math.max(1, limit));
        if (n < 1 || n > last) {
            errors.add(new Problem.FieldError(
                    "page",
                    "must be a whole number from 1 to " + last + ": a search lists at most " + Search.MAX_RESULTS
                            + " matches"));
        }
        return n;
    }

    static int limit(String limit, List<Problem.FieldError> errors) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int n = number(limit);
        if (n < 1 || n > MAX_LIMIT) {
            errors.add(new Problem.FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        return n;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

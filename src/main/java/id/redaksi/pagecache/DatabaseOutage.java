package id.redaksi.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;

/**
 * What a reader gets when a page cannot be rendered because the database is away: the last copy this node kept,
 * however old, or a 503 that asks to come back shortly. Not a 500: nothing is wrong with the request or the code,
 * and the page will be there again when the database is.
 */
final class DatabaseOutage {

    /** Short, so neither browsers nor a CDN hold the old copy long after the database is back. */
    static final String STALE = "public, max-age=10, s-maxage=10";

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException
                    || cause instanceof SQLException
                    || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, CachedPage stale, Exception failure)
            throws IOException {
        // one line per request, without the trace: during an outage every request fails the same way
        log.warn(
                "Database unavailable for {} {}, answered with {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                stale == null ? "503" : "the kept page",
                failure.toString());
        response.resetBuffer();
        if (stale != null) {
            PageResponses.write(request, response, stale, STALE);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CachingPolicy.PRIVATE);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}

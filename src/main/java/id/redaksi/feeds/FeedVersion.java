package id.redaksi.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What identifies a feed's content without writing it.
 *
 * @param etag changes when an article enters, leaves or is edited
 * @param lastModified the newest change among the feed's articles, or null for an empty feed
 */
record FeedVersion(String etag, Instant lastModified) {

    /** The version of the articles {@code rows} selects (id, published_at, updated_at), read by {@link #read}. */
    static String query(String rows) {
        return """
                select md5(coalesce(string_agg(n.id || ':' || n.updated_at, ',' order by n.published_at, n.id), ''))
                         as digest,
                       max(greatest(n.published_at, n.updated_at)) as last_modified
                from (%s) n
                """.formatted(rows);
    }

    static FeedVersion read(ResultSet rs, int row) throws SQLException {
        var lastModified = rs.getTimestamp("last_modified");
        return new FeedVersion(
                "\"" + rs.getString("digest") + "\"", lastModified == null ? null : lastModified.toInstant());
    }

    /** Whether the client's copy is this version; if so the response is already a 304 and needs no body. */
    boolean isCurrent(HttpServletRequest http, HttpServletResponse response) {
        var request = new ServletWebRequest(http, response);
        return lastModified == null
                ? request.checkNotModified(etag)
                : request.checkNotModified(etag, lastModified.toEpochMilli());
    }
}

package id.redaksi.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What identifies a feed's content without writing it.
 *
 * @param etag changes when an article enters, leaves or is edited
 * @param lastModified the newest change among the feed's articles, or null for an empty feed
 */
record FeedVersion(String etag, Instant lastModified) {

    /** Whether the client's copy is this version; if so the response is already a 304 and needs no body. */
    boolean isCurrent(HttpServletRequest http, HttpServletResponse response) {
        var request = new ServletWebRequest(http, response);
        return lastModified == null
                ? request.checkNotModified(etag)
                : request.checkNotModified(etag, lastModified.toEpochMilli());
    }
}

package id.redaksi.feeds;

import java.time.Instant;
import java.util.List;

/**
 * An article as a feed carries it.
 *
 * @param writers names, in credit order
 * @param image null when the article has none
 */
record FeedItem(
        long id,
        long rubricId,
        String title,
        String slug,
        String lead,
        Instant publishedAt,
        Instant updatedAt,
        List<String> writers,
        FeedImage image) {

    record FeedImage(String path, String contentType, long bytes, int width, int height) {}
}

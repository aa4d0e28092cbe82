package id.redaksi.feeds;

import id.redaksi.article.YouTubeVideo;
import java.time.Instant;
import java.util.List;

/**
 * An article as a feed carries it.
 *
 * @param writers names, in credit order
 * @param image null when the article has none
 * @param gallery a photo story's pictures in order; empty for other articles
 * @param video the video the article leads with, or null
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
        FeedImage image,
        List<FeedPicture> gallery,
        YouTubeVideo video) {

    record FeedImage(String path, String contentType, long bytes, int width, int height) {}

    record FeedPicture(FeedImage image, String caption, String credit) {}
}

package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The published revision of an article, with everything its page shows: its content, and what the content's ids
 * stand for.
 *
 * @param image the picture {@code content.imageId()} names, or null
 * @param writers in the order of the byline
 * @param editor the separate editor credit, or null
 * @param notices corrections and rights of reply, oldest first
 * @param gallery the pictures {@code content.gallery()} names, in its order
 * @param live its state and coverage when it is a live report, else null (its updates: {@link LiveReports})
 */
public record Article(
        long id,
        long siteId,
        ArticleContent content,
        Image image,
        List<Credit> writers,
        Credit editor,
        List<Topic> topics,
        List<Notice> notices,
        Instant publishedAt,
        Instant updatedAt,
        List<GalleryImage> gallery,
        LiveReport live) {

    public long rubricId() {
        return content.rubricId();
    }

    public String path(ZoneId zone) {
        return ArticlePath.of(id, publishedAt, zone, content.slug());
    }

    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt);
    }

    public List<Long> topicIds() {
        return topics.stream().map(Topic::id).toList();
    }

    /** What goes in front of the first paragraph: this article's own dateline, else the site's. */
    public String dateline(String siteDateline) {
        var own = content.datelineOverride();
        return own != null ? own : siteDateline;
    }
}

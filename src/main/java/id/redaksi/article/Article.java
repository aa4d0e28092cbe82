package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The published revision of an article, with everything its page shows.
 *
 * @param writers in the order of the byline
 * @param editor the separate editor credit, or null
 * @param datelineOverride replaces the site's dateline for this article, or null
 * @param notices corrections and rights of reply, oldest first
 */
public record Article(
        long id,
        long siteId,
        long rubricId,
        String title,
        String slug,
        String lead,
        String bodyHtml,
        String seoTitle,
        String seoDescription,
        String datelineOverride,
        Image image,
        String imageCaption,
        String imageCredit,
        List<Credit> writers,
        Credit editor,
        List<Topic> topics,
        List<Notice> notices,
        Instant publishedAt,
        Instant updatedAt) {

    public String path(ZoneId zone) {
        return ArticlePath.of(id, publishedAt, zone, slug);
    }

    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt);
    }

    public List<Long> topicIds() {
        return topics.stream().map(Topic::id).toList();
    }

    /** What goes in front of the first paragraph: this article's own dateline, else the site's. */
    public String dateline(String siteDateline) {
        return datelineOverride != null ? datelineOverride : siteDateline;
    }
}

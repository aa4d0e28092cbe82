package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An article as lists show it: headline, lead, picture and time.
 *
 * @param live a live report still being covered, which cards mark
 */
public record ArticleCard(
        long id,
        long siteId,
        long rubricId,
        String title,
        String slug,
        String lead,
        Image image,
        Instant publishedAt,
        boolean live) {

    public String path(ZoneId zone) {
        return ArticlePath.of(id, publishedAt, zone, slug);
    }
}

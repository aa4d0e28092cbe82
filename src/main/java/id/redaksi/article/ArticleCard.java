package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;

/** An article as lists show it: headline, lead, picture and time. */
public record ArticleCard(
        long id, long siteId, long rubricId, String title, String slug, String lead, Image image, Instant publishedAt) {

    public String path(ZoneId zone) {
        return ArticlePath.of(id, publishedAt, zone, slug);
    }
}

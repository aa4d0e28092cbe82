package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An article as lists show it: headline, lead, picture and time.
 *
 * @param live a live report still being covered, which cards mark
 * @param sponsor who paid for it when it is an advertorial, else null: every card says so
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
        boolean live,
        String sponsor) {

    public boolean sponsored() {
        return sponsor != null;
    }

    public String path(ZoneId zone) {
        return ArticlePath.of(id, publishedAt, zone, slug);
    }
}

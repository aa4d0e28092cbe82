package id.redaksi.article;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The canonical path of an article: {@code /baca/{id}/{yyyyMMdd}/{HHmmss}/{slug}}, its time in the site's zone. */
public final class ArticlePath {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private ArticlePath() {}

    public static String of(long id, Instant publishedAt, ZoneId zone, String slug) {
        var local = publishedAt.atZone(zone);
        return "/baca/" + id + "/" + DAY.format(local) + "/" + TIME.format(local) + "/" + slug;
    }
}

package id.redaksi.article;

import java.time.Instant;
import java.time.ZoneId;

/** The canonical path of an article: {@code /baca/{id}/{yyyyMMdd}/{HHmmss}/{slug}}, its time in the site's zone. */
public final class ArticlePath {

    private ArticlePath() {}

    /** Written digit by digit: a list page makes dozens, and a formatter per field was a few percent of its render. */
    public static String of(long id, Instant publishedAt, ZoneId zone, String slug) {
        var local = publishedAt.atZone(zone);
        var path = new StringBuilder(40 + slug.length())
                .append("/baca/")
                .append(id)
                .append('/');
        digits(path, local.getYear(), 4);
        digits(path, local.getMonthValue(), 2);
        digits(path, local.getDayOfMonth(), 2);
        path.append('/');
        digits(path, local.getHour(), 2);
        digits(path, local.getMinute(), 2);
        digits(path, local.getSecond(), 2);
        return path.append('/').append(slug).toString();
    }

    private static void digits(StringBuilder path, int value, int width) {
        var text = Integer.toString(value);
        path.repeat('0', Math.max(0, width - text.length())).append(text);
    }
}

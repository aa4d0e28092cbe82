package id.redaksi.web;

import id.redaksi.account.NewsroomWords;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times as the newsroom shows them, in the signed-in account's language and the site's zone: {@code 05 - Sep - 2023,
 * 19:15} for an Indonesian account, as {@link IndonesianTime} writes them, and the English month for an English one.
 */
public final class NewsroomTime {

    private NewsroomTime() {}

    public static String format(Instant instant, ZoneId zone) {
        return SiteTime.format(instant, zone, NewsroomWords.language());
    }
}

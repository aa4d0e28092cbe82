package id.redaksi.web;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Times in Indonesian whatever a site's language, as the newsroom shows them: {@code 05 - Sep - 2023, 19:15} in the
 * site's zone. Public pages use {@link SiteTime}, which follows the site's language.
 */
public final class IndonesianTime {

    private static final String INDONESIAN = "id";

    private IndonesianTime() {}

    public static String format(Instant instant, ZoneId zone) {
        return SiteTime.format(instant, zone, INDONESIAN);
    }

    public static String iso(Instant instant, ZoneId zone) {
        return SiteTime.iso(instant, zone);
    }
}

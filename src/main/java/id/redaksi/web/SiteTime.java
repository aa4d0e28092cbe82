package id.redaksi.web;

import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times as a site's readers write them, in the site's zone and language: {@code 05 - Sep - 2023, 19:15} and
 * {@code Selasa, 5 September 2023} in Indonesian, {@code 5 Sep 2023, 19:15} and {@code Tuesday, 5 September 2023}
 * in English. The patterns are the language bundle's {@code time.*}; the month and day names are the locale's.
 */
public final class SiteTime {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private SiteTime() {}

    public static String format(Instant instant, Site site) {
        return format(instant, site.zone(), site.language());
    }

    /** A day as a heading. */
    public static String day(LocalDate date, Site site) {
        return day(date, site.language());
    }

    /** Full ISO-8601 with the site's offset, as structured data, feeds and {@code datetime} attributes want it. */
    public static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0).toOffsetDateTime());
    }

    static String format(Instant instant, ZoneId zone, String language) {
        return formatter(language, "time.moment").format(instant.atZone(zone));
    }

    static String day(LocalDate date, String language) {
        return formatter(language, "time.day").format(date);
    }

    private static DateTimeFormatter formatter(String language, String key) {
        return FORMATTERS.computeIfAbsent(
                language + " " + key,
                k -> DateTimeFormatter.ofPattern(PublicWords.of(language, key), PublicWords.locale(language)));
    }
}

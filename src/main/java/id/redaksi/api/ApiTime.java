package id.redaksi.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the API gives them: ISO 8601 with the site's offset and whole seconds, e.g. 2023-09-05T19:15:00+07:00. */
final class ApiTime {

    private ApiTime() {}

    static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0).toOffsetDateTime());
    }
}

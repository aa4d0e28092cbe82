package id.redaksi.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as Indonesian readers of the network know them: {@code 05 - Sep - 2023, 19:15} in the site's zone. */
public final class IndonesianTime {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
    };
    private static final String[] LONG_MONTHS = {
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember"
    };
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private IndonesianTime() {}

    public static String format(Instant instant, ZoneId zone) {
        var t = instant.atZone(zone);
        return "%02d - %s - %d, %02d:%02d"
                .formatted(t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(), t.getHour(), t.getMinute());
    }

    /** A day as a heading, such as {@code Selasa, 5 September 2023}. */
    public static String day(java.time.LocalDate date) {
        return "%s, %d %s %d"
                .formatted(
                        DAYS[date.getDayOfWeek().getValue() - 1],
                        date.getDayOfMonth(),
                        LONG_MONTHS[date.getMonthValue() - 1],
                        date.getYear());
    }

    /** Full ISO-8601 with the site's offset, as structured data and feeds want it. */
    public static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0).toOffsetDateTime());
    }
}

package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IndonesianTimeTests {

    private static final Instant EVENING_IN_JAKARTA = Instant.parse("2023-09-05T12:15:00Z");

    @Test
    void formatsDayMonthYearAndTwentyFourHourClockInTheSitesZone() {
        assertThat(IndonesianTime.format(EVENING_IN_JAKARTA, ZoneId.of("Asia/Jakarta")))
                .isEqualTo("05 - Sep - 2023, 19:15");
    }

    @Test
    void theSameInstantShowsOneHourLaterOnASiteInMakassar() {
        assertThat(IndonesianTime.format(EVENING_IN_JAKARTA, ZoneId.of("Asia/Makassar")))
                .isEqualTo("05 - Sep - 2023, 20:15");
    }

    @Test
    void usesIndonesianMonthAbbreviations() {
        var zone = ZoneId.of("Asia/Jakarta");
        var months = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            var instant = LocalDate.of(2024, month, 1).atTime(8, 0).atZone(zone).toInstant();
            months.append(IndonesianTime.format(instant, zone), 5, 8).append(' ');
        }
        assertThat(months.toString().strip()).isEqualTo("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des");
    }

    @Test
    void midnightIsZeroHundredHoursAndTheDateMovesWithTheZone() {
        var instant = Instant.parse("2023-12-31T17:00:00Z");
        assertThat(IndonesianTime.format(instant, ZoneId.of("Asia/Jakarta"))).isEqualTo("01 - Jan - 2024, 00:00");
        assertThat(IndonesianTime.format(instant, ZoneId.of("UTC"))).isEqualTo("31 - Des - 2023, 17:00");
    }

    @Test
    void isoTimesCarryTheSitesOffset() {
        assertThat(IndonesianTime.iso(EVENING_IN_JAKARTA, ZoneId.of("Asia/Jakarta")))
                .isEqualTo("2023-09-05T19:15:00+07:00");
        assertThat(IndonesianTime.iso(EVENING_IN_JAKARTA, ZoneId.of("Asia/Jayapura")))
                .isEqualTo("2023-09-05T21:15:00+09:00");
    }
}

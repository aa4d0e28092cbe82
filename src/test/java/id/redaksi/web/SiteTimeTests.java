package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteTimeTests {

    private static final Instant EVENING_IN_JAKARTA = Instant.parse("2023-09-05T12:15:00Z");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aSiteInIndonesianWritesTimesAsItsReadersKnowThem() {
        assertThat(SiteTime.format(EVENING_IN_JAKARTA, WIB, "id")).isEqualTo("05 - Sep - 2023, 19:15");
        assertThat(SiteTime.format(Instant.parse("2023-08-05T12:15:00Z"), WIB, "id"))
                .isEqualTo("05 - Agu - 2023, 19:15");
    }

    @Test
    void aSiteInEnglishWritesThemInEnglishInTheSameZone() {
        assertThat(SiteTime.format(EVENING_IN_JAKARTA, WIB, "en")).isEqualTo("5 Sep 2023, 19:15");
        assertThat(SiteTime.format(Instant.parse("2023-08-05T12:15:00Z"), ZoneId.of("Asia/Makassar"), "en"))
                .isEqualTo("5 Aug 2023, 20:15");
    }

    @Test
    void namesADayInTheSitesLanguage() {
        assertThat(SiteTime.day(LocalDate.of(2023, 9, 5), "id")).isEqualTo("Selasa, 5 September 2023");
        assertThat(SiteTime.day(LocalDate.of(2023, 9, 5), "en")).isEqualTo("Tuesday, 5 September 2023");
        assertThat(SiteTime.day(LocalDate.of(2023, 8, 18), "id")).isEqualTo("Jumat, 18 Agustus 2023");
    }

    @Test
    void aLanguageWithoutItsOwnWordsGetsIndonesianTimes() {
        assertThat(SiteTime.format(EVENING_IN_JAKARTA, WIB, "jv")).isEqualTo("05 - Sep - 2023, 19:15");
    }
}

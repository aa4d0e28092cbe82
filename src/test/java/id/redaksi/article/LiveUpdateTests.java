package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LiveUpdateTests {

    private static final LiveUpdate AT_0732_UTC =
            new LiveUpdate(1, "Teks", "<p>Teks</p>", null, null, "Rina", Instant.parse("2026-12-01T07:32:00Z"), false);

    @Test
    void theClockNamesIndonesiasZonesTheIndonesianWay() {
        assertThat(AT_0732_UTC.clock(ZoneId.of("Asia/Jakarta"))).isEqualTo("14.32 WIB");
        assertThat(AT_0732_UTC.clock(ZoneId.of("Asia/Pontianak"))).isEqualTo("14.32 WIB");
        assertThat(AT_0732_UTC.clock(ZoneId.of("Asia/Makassar"))).isEqualTo("15.32 WITA");
        assertThat(AT_0732_UTC.clock(ZoneId.of("Asia/Jayapura"))).isEqualTo("16.32 WIT");
    }

    @Test
    void anyOtherZoneIsNamedByItsOffset() {
        assertThat(AT_0732_UTC.clock(ZoneId.of("Asia/Singapore"))).isEqualTo("15.32 UTC+08:00");
        assertThat(AT_0732_UTC.clock(ZoneId.of("UTC"))).isEqualTo("07.32 UTC");
    }

    @Test
    void eachLineTypedIsAParagraphAndAnAddressAloneBecomesAnEmbed() {
        assertThat(LiveReports.html("Air naik.\n\n  Warga <b>mengungsi</b> & menunggu.  \n"))
                .isEqualTo("<p>Air naik.</p><p>Warga &lt;b&gt;mengungsi&lt;/b&gt; &amp; menunggu.</p>");
        assertThat(LiveReports.html("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
                .isEqualTo("<figure class=\"embed\" data-embed=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                        + "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener\">"
                        + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>");
    }
}

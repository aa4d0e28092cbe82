package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ArticlePathTests {

    @Test
    void isTheIdThenTheDayAndTimeInTheSitesZoneThenTheSlug() {
        assertThat(ArticlePath.of(
                        42, Instant.parse("2023-09-05T12:15:00Z"), ZoneId.of("Asia/Jakarta"), "jembatan-baru"))
                .isEqualTo("/baca/42/20230905/191500/jembatan-baru");
        // single digits get their zeros; the zone can move the day
        assertThat(ArticlePath.of(7, Instant.parse("2024-01-31T17:04:09Z"), ZoneId.of("Asia/Jayapura"), "x"))
                .isEqualTo("/baca/7/20240201/020409/x");
    }
}

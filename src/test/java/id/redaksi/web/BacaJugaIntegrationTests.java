package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class BacaJugaIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().rubrics("Politik", "Ekonomi").create();
    }

    @Test
    void choosesSharedTopicsFirstThenTheSameRubricNewestFirstAndNeverTheArticleItself() {
        var election = fixtures.topic(site, "Pilkada");
        var budget = fixtures.topic(site, "Anggaran");
        fixtures.article(site)
                .title("Dua Topik Sama")
                .topics(election, budget)
                .publishedAt(hoursAgo(50))
                .publish();
        fixtures.article(site)
                .title("Satu Topik Sama")
                .topics(election)
                .publishedAt(hoursAgo(5))
                .publish();
        fixtures.article(site)
                .title("Kanal Sama Terbaru")
                .publishedAt(hoursAgo(1))
                .publish();
        fixtures.article(site)
                .title("Kanal Sama Lama")
                .publishedAt(hoursAgo(90))
                .publish();
        fixtures.article(site)
                .title("Kanal Lain")
                .rubric("ekonomi")
                .publishedAt(hoursAgo(2))
                .publish();
        var elsewhere = fixtures.site().create();
        fixtures.article(elsewhere)
                .title("Situs Lain")
                .topics(fixtures.topic(elsewhere, "Pilkada"))
                .publishedAt(hoursAgo(1))
                .publish();
        long id = fixtures.article(site)
                .title("Pemilihan Wali Kota Serentak")
                .topics(election, budget)
                .paragraphs(10)
                .publishedAt(hoursAgo(3))
                .publish();

        var page = read(id);

        assertThat(page.select(".baca-juga a").eachText()).containsExactly("Dua Topik Sama", "Satu Topik Sama");
        assertThat(page.select(".related .card-title").eachText())
                .containsExactly("Kanal Sama Terbaru", "Kanal Sama Lama");
    }

    @Test
    void withoutSharedTopicsTheClosestHeadlinesComeBeforeTheSameRubric() {
        fixtures.article(site)
                .title("Rapat Dewan Kota Membahas Anggaran")
                .publishedAt(hoursAgo(1))
                .publish();
        fixtures.article(site)
                .title("Cabai Langka di Pasar Besar")
                .rubric("ekonomi")
                .publishedAt(hoursAgo(30))
                .publish();
        fixtures.article(site)
                .title("Harga Cabai Rawit Melonjak Jelang Lebaran")
                .rubric("ekonomi")
                .publishedAt(hoursAgo(40))
                .publish();
        long id = fixtures.article(site)
                .title("Harga Cabai Melonjak Jelang Hari Raya")
                .paragraphs(10)
                .publishedAt(hoursAgo(2))
                .publish();

        var page = read(id);

        assertThat(page.select(".baca-juga a").eachText())
                .containsExactly("Harga Cabai Rawit Melonjak Jelang Lebaran", "Cabai Langka di Pasar Besar");
        assertThat(page.select(".related .card-title").eachText())
                .containsExactly("Rapat Dewan Kota Membahas Anggaran");
    }

    @Test
    void placesTheLinksBetweenParagraphsAfterTheSecondAndInTheMiddle() {
        addRelated(3);
        long id = fixtures.article(site).paragraphs(10).publishedAt(hoursAgo(1)).publish();

        var body = read(id).select(".story-body > p");

        assertThat(body).hasSize(12);
        assertThat(body.get(2).hasClass("baca-juga")).isTrue();
        assertThat(body.get(7).hasClass("baca-juga")).isTrue();
        assertThat(body.get(1).text()).isEqualTo("Paragraf ke-2 dari berita ini.");
        assertThat(body.get(8).text()).isEqualTo("Paragraf ke-7 dari berita ini.");
    }

    @Test
    void aShortArticleGetsOneLinkAndAVeryShortOneNone() {
        addRelated(3);
        long shortOne =
                fixtures.article(site).paragraphs(5).publishedAt(hoursAgo(1)).publish();
        long veryShort =
                fixtures.article(site).paragraphs(3).publishedAt(hoursAgo(1)).publish();

        var shortBody = read(shortOne).select(".story-body > p");
        assertThat(shortBody.stream().map(p -> p.className())).containsExactly("", "", "baca-juga", "", "", "");
        assertThat(read(veryShort).select(".baca-juga")).isEmpty();
    }

    @Test
    void theSameHeadlineIsNeverLinkedTwiceNorTheArticlesOwn() {
        fixtures.article(site)
                .title("Pasar Murah Digelar")
                .publishedAt(hoursAgo(3))
                .publish();
        fixtures.article(site)
                .title("Pasar Murah Digelar")
                .publishedAt(hoursAgo(4))
                .publish();
        fixtures.article(site)
                .title("Jalan Rusak Diperbaiki")
                .publishedAt(hoursAgo(5))
                .publish();
        fixtures.article(site)
                .title("Jalan Rusak Diperbaiki")
                .publishedAt(hoursAgo(6))
                .publish();
        fixtures.article(site)
                .title("Panen Raya Dimulai")
                .publishedAt(hoursAgo(7))
                .publish();
        long id = fixtures.article(site)
                .title("Jalan Rusak Diperbaiki")
                .paragraphs(10)
                .publishedAt(hoursAgo(1))
                .publish();

        var page = read(id);

        assertThat(page.select(".baca-juga a").eachText()).containsExactly("Pasar Murah Digelar", "Panen Raya Dimulai");
        assertThat(page.select(".related .card-title")).isEmpty();
    }

    @Test
    void anArticleWithNothingRelatedHasNoLinks() {
        long id = fixtures.article(site).paragraphs(12).publishedAt(hoursAgo(1)).publish();

        var page = read(id);

        assertThat(page.select(".baca-juga")).isEmpty();
        assertThat(page.select(".related")).isEmpty();
    }

    private void addRelated(int count) {
        for (int i = 0; i < count; i++) {
            fixtures.article(site)
                    .title("Terkait " + i)
                    .publishedAt(hoursAgo(10 + i))
                    .publish();
        }
    }

    private static Instant hoursAgo(int hours) {
        return NOW.minus(hours, ChronoUnit.HOURS);
    }

    private Document read(long id) {
        var located = browser.get(site.hosts().getFirst(), "/baca/" + id);
        var page = browser.get(site.hosts().getFirst(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }
}

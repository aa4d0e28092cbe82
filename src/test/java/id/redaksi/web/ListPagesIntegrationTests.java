package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class ListPagesIntegrationTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Kabar Uji").rubrics("Politik", "Ekonomi").create();
    }

    @Test
    void theDayIndexPagesByTwentyKeepingItsDay() {
        var noon = LocalDate.of(2024, 3, 5).atTime(12, 0).atZone(WIB).toInstant();
        for (int i = 0; i < 21; i++) {
            fixtures.article(site)
                    .title("Kabar Siang " + i)
                    .publishedAt(noon.minus(i, ChronoUnit.MINUTES))
                    .withoutImage()
                    .publish();
        }

        var first = get("/indeks?tanggal=2024-03-05").html();
        var second = get("/indeks?tanggal=2024-03-05&halaman=2").html();

        assertThat(first.select(".pager a[rel=next]").last().attr("href"))
                .isEqualTo("/indeks?tanggal=2024-03-05&halaman=2");
        assertThat(second.select(".pager a[rel=prev]").last().attr("href")).isEqualTo("/indeks?tanggal=2024-03-05");
        assertThat(second.select("link[rel=canonical]").attr("href"))
                .isEqualTo(site.url("/indeks?tanggal=2024-03-05&halaman=2"));
    }

    @Test
    void theHomePageShowsTheNewestAsHeadlineThenTheLatestAndABlockPerRubric() {
        fixtures.article(site)
                .title("Lama di Ekonomi")
                .rubric("ekonomi")
                .publishedAt(NOW.minus(3, ChronoUnit.HOURS))
                .publish();
        fixtures.article(site)
                .title("Baru di Politik")
                .publishedAt(NOW.minus(1, ChronoUnit.HOURS))
                .publish();

        var page = get("/").html();

        assertThat(page.select(".headline .card-title").text()).isEqualTo("Baru di Politik");
        assertThat(page.select("#terbaru ~ .grid .card-title").eachText()).containsExactly("Lama di Ekonomi");
        assertThat(page.select(".rubric-block h2").eachText()).containsExactly("Politik", "Ekonomi");
        assertThat(page.select("#terpopuler").text()).isEqualTo("Terpopuler");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(site.url("/"));
        assertThat(page.select("script[type=application/ld+json]").eachAttr("type"))
                .hasSize(2);
        assertThat(page.select("script[type=application/ld+json]").get(0).data())
                .contains("\"@type\":\"NewsMediaOrganization\"", "\"name\":\"Kabar Uji\"", site.url("/logo.png"));
        assertThat(page.select("script[type=application/ld+json]").get(1).data())
                .contains(
                        "\"@type\":\"WebSite\"",
                        "\"@type\":\"SearchAction\"",
                        site.url("/cari?q={search_term_string}"));
    }

    @Test
    void aRubricPageListsNewestFirstTwentyAPage() {
        for (int i = 1; i <= 23; i++) {
            fixtures.article(site)
                    .title("Berita " + i)
                    .publishedAt(NOW.minus(i, ChronoUnit.HOURS))
                    .publish();
        }

        var first = get("/kanal/politik").html();
        var second = get("/kanal/politik?halaman=2").html();

        assertThat(first.select(".list .card-title")).hasSize(20);
        assertThat(first.select(".list .card-title").first().text()).isEqualTo("Berita 1");
        assertThat(first.select(".pager a[rel=next]").last().attr("href")).isEqualTo("/kanal/politik?halaman=2");
        assertThat(first.select("h1").text()).isEqualTo("Politik");
        assertThat(second.select(".list .card-title").eachText())
                .containsExactly("Berita 21", "Berita 22", "Berita 23");
        assertThat(second.select(".pager a[rel=prev]").last().attr("href")).isEqualTo("/kanal/politik");
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(site.url("/kanal/politik?halaman=2"));
        assertThat(get("/kanal/politik?halaman=3").status()).isEqualTo(404);
    }

    @Test
    void aRubricOfAnotherSiteOrAnUnknownTopicOrPersonIsNotFound() {
        var other = fixtures.site().rubrics("Wisata").create();
        fixtures.article(other).rubric("wisata").publish();

        assertThat(get("/kanal/wisata").status()).isEqualTo(404);
        assertThat(get("/topik/tidak-ada").status()).isEqualTo(404);
        assertThat(get("/penulis/tidak-ada").status()).isEqualTo(404);
        assertThat(get("/tidak/ada/sama/sekali").status()).isEqualTo(404);
        assertThat(get("/tidak/ada/sama/sekali").html().select(".brand").text()).isEqualTo("Kabar Uji");
    }

    @Test
    void topicAndPersonPagesListTheirArticles() {
        var floods = fixtures.topic(site, "Banjir");
        var writer = fixtures.person("Sari Wulan");
        var editor = fixtures.person("Rudi Hartono");
        fixtures.article(site)
                .title("Ditulis Sari")
                .writers(writer)
                .topics(floods)
                .publishedAt(NOW.minus(2, ChronoUnit.HOURS))
                .publish();
        fixtures.article(site)
                .title("Disunting Rudi")
                .editor(editor)
                .publishedAt(NOW.minus(1, ChronoUnit.HOURS))
                .publish();

        assertThat(get("/topik/banjir").html().select(".list .card-title").eachText())
                .containsExactly("Ditulis Sari");
        assertThat(get("/penulis/" + writer.slug())
                        .html()
                        .select(".list .card-title")
                        .eachText())
                .containsExactly("Ditulis Sari");
        assertThat(get("/penulis/" + editor.slug())
                        .html()
                        .select(".list .card-title")
                        .eachText())
                .containsExactly("Disunting Rudi");
        assertThat(get("/penulis/" + writer.slug()).html().select("h1").text()).isEqualTo("Sari Wulan");
    }

    @Test
    void theDayIndexListsOneDayInTheSitesZoneWithLinksToTheDaysAround() {
        var day = LocalDate.now(WIB).minusDays(3);
        fixtures.article(site)
                .title("Pagi")
                .publishedAt(day.atTime(0, 5).atZone(WIB).toInstant())
                .publish();
        fixtures.article(site)
                .title("Malam")
                .publishedAt(day.atTime(23, 55).atZone(WIB).toInstant())
                .publish();
        fixtures.article(site)
                .title("Besoknya")
                .publishedAt(day.plusDays(1).atTime(0, 1).atZone(WIB).toInstant())
                .publish();

        var page = get("/indeks?tanggal=" + day).html();

        assertThat(page.select(".list .card-title").eachText()).containsExactly("Malam", "Pagi");
        assertThat(page.select(".pager a[rel=prev]").first().attr("href"))
                .isEqualTo("/indeks?tanggal=" + day.minusDays(1));
        assertThat(page.select(".pager a[rel=next]").first().attr("href"))
                .isEqualTo("/indeks?tanggal=" + day.plusDays(1));
        assertThat(get("/indeks").status()).isEqualTo(200);
    }

    @Test
    void valuesAPageCannotUseGetAClearBadRequestPageNeverAServerError() {
        for (var path : new String[] {
            "/indeks?tanggal=kemarin",
            "/indeks?tanggal=2023-13-45",
            "/indeks?tanggal=9999-01-01",
            "/kanal/politik?halaman=abc",
            "/kanal/politik?halaman=0",
            "/kanal/politik?halaman=99999999999"
        }) {
            var response = get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.html().select(".brand").text()).as(path).isEqualTo("Kabar Uji");
        }
        assertThat(get("/indeks?tanggal=kemarin")
                        .html()
                        .select(".error-page h1 + p")
                        .text())
                .startsWith("Tanggal harus ditulis TTTT-BB-HH");
    }

    @Test
    void aHostOfNoSiteGetsTheNetworksListOfSites() {
        var page = browser.get("tidak-dikenal.test", "/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".network-page a").eachText()).contains("Kabar Uji");
        assertThat(browser.get("tidak-dikenal.test", "/kanal/politik").status()).isEqualTo(404);
    }

    private Browser.Page get(String path) {
        return browser.get(site.hosts().getFirst(), path);
    }
}

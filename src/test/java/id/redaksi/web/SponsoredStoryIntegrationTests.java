package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An advertorial (Konten Kerja Sama) told apart from the newsroom's own stories everywhere readers and robots meet it. */
@PortalTest
class SponsoredStoryIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Sponsor").create();
    }

    @Test
    void itsPageSaysWhoPaidMarksItsLinksSponsoredAndItsStructuredDataSaysSo() {
        long id = fixtures.article(site)
                .title("Rumah Sakit Sehat Buka Layanan Baru")
                .body("<p>Layanan baru dibuka.</p><p>Kunjungi <a href=\"https://rs.example.id\">situsnya</a>.</p>")
                .sponsoredBy("RS Sehat Sentosa")
                .publish();

        var page = read(id);

        assertThat(page.select(".sponsored-label").text())
                .isEqualTo("Advertorial · Konten Kerja Sama dengan RS Sehat Sentosa");
        // the sanitiser's noopener stays; sponsored is added for readers only, never stored
        assertThat(page.select(".story-body a[href=https://rs.example.id]").attr("rel"))
                .isEqualTo("noopener sponsored");
        var data = page.select("script[type=application/ld+json]").stream()
                .map(s -> json.readTree(s.data()))
                .filter(n -> n.has("headline"))
                .findFirst()
                .orElseThrow();
        assertThat(data.get("@type").asString()).isEqualTo("AdvertiserContentArticle");
        assertThat(data.get("sponsor").get("name").asString()).isEqualTo("RS Sehat Sentosa");
    }

    @Test
    void anOrdinaryStoryIsNoneOfThat() {
        long id = fixtures.article(site)
                .body("<p>Kabar.</p><p>Lihat <a href=\"https://dinas.example.id\">dinas</a>.</p>")
                .publish();

        var page = read(id);

        assertThat(page.select(".sponsored-label")).isEmpty();
        assertThat(page.select(".story-body a[href=https://dinas.example.id]").attr("rel"))
                .isEqualTo("noopener");
        assertThat(page.html()).contains("\"@type\":\"NewsArticle\"").doesNotContain("\"sponsor\"");
    }

    @Test
    void everyCardOfItIsLabelledAndLinksWithRelSponsored() {
        long id = fixtures.article(site)
                .title("Promo Akhir Tahun Toko Bangunan")
                .sponsoredBy("Toko Jaya")
                .publish();
        fixtures.article(site).title("Berita Biasa Hari Ini").publish();

        var home = browser.get(host(), "/").html();
        var rubric = browser.get(host(), "/kanal/" + site.rubrics().getFirst().slug())
                .html();

        for (var page : new Document[] {home, rubric}) {
            var card =
                    page.select("article.card:has(a[href^=/baca/" + id + "/])").first();
            assertThat(card.select(".card-sponsored").text()).isEqualTo("Advertorial");
            assertThat(card.select(".card-title a").attr("rel")).isEqualTo("sponsored");
            var ordinary = page.select("article.card:not(:has(a[href^=/baca/" + id + "/]))")
                    .first();
            assertThat(ordinary.select(".card-sponsored")).isEmpty();
            assertThat(ordinary.select(".card-title a").hasAttr("rel")).isFalse();
        }
        var found = browser.get(host(), "/cari?q=promo").html();
        assertThat(found.select(".search-result .card-sponsored").eachText()).containsExactly("Advertorial");
        assertThat(found.select(".search-result .card-title a").attr("rel")).isEqualTo("sponsored");
    }

    @Test
    void itStaysOutOfTheGoogleNewsSitemapButNotOutOfTheArticleSitemap() {
        long paid = fixtures.article(site)
                .title("Advertorial Segar")
                .sponsoredBy("Toko Jaya")
                .publishedAt(NOW.minus(1, ChronoUnit.HOURS))
                .publish();
        long news = fixtures.article(site)
                .title("Berita Segar")
                .publishedAt(NOW.minus(2, ChronoUnit.HOURS))
                .publish();

        var newsSitemap = Jsoup.parse(browser.get(host(), "/sitemap-news.xml").body(), Parser.xmlParser());
        var month = NOW.atZone(site.zone()).toLocalDate().toString().substring(0, 7);
        var articles =
                browser.get(host(), "/sitemap-articles-" + month + ".xml").body();

        assertThat(newsSitemap.select("loc").eachText())
                .hasSize(1)
                .allMatch(loc -> loc.contains("/baca/" + news + "/"));
        assertThat(articles).contains("/baca/" + paid + "/").contains("/baca/" + news + "/");
    }

    @Test
    void itStaysOutOfTerpopulerHowEverMuchItIsRead() {
        var rubric = site.rubrics().getFirst().id();
        long paid = fixtures.article(site)
                .title("Advertorial Laris")
                .sponsoredBy("Toko Jaya")
                .publish();
        long read = fixtures.article(site).title("Berita Dibaca").publish();
        reads(paid, rubric, 500);
        reads(read, rubric, 5);

        var page = browser.get(host(), "/terpopuler").html();
        var home = browser.get(host(), "/").html();
        var api = json.readTree(browser.get(host(), "/api/v1/most-read").body());

        assertThat(page.select(".most-read-list .card-title").eachText()).containsExactly("Berita Dibaca");
        assertThat(home.select(".most-read li").eachText()).containsExactly("Berita Dibaca");
        assertThat(api.get("items").size()).isEqualTo(1);
        assertThat(api.get("items").get(0).get("id").asLong()).isEqualTo(read);
    }

    @Test
    void itIsNeverBacaJugaOrRelatedUnderAnOrdinaryStory() {
        var topic = fixtures.topic(site, "Pasar Murah");
        fixtures.article(site)
                .title("Advertorial Pasar Murah")
                .topics(topic)
                .sponsoredBy("Toko Jaya")
                .publishedAt(NOW.minus(1, ChronoUnit.HOURS))
                .publish();
        fixtures.article(site)
                .title("Berita Pasar Murah Lama")
                .topics(topic)
                .publishedAt(NOW.minus(9, ChronoUnit.HOURS))
                .publish();
        long ordinary = fixtures.article(site)
                .title("Pasar Murah Digelar di Alun-Alun")
                .topics(topic)
                .paragraphs(10)
                .publishedAt(NOW.minus(2, ChronoUnit.HOURS))
                .publish();

        var page = read(ordinary);

        assertThat(page.select(".baca-juga a").eachText()).containsExactly("Berita Pasar Murah Lama");
        assertThat(page.html()).doesNotContain("Advertorial Pasar Murah");
    }

    private void reads(long article, long rubric, long reads) {
        jdbc.sql("""
                        insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                        values (:article, :hour, :site, :rubric, :reads)
                        """)
                .param("article", article)
                .param("hour", Timestamp.from(NOW.truncatedTo(ChronoUnit.HOURS)))
                .param("site", site.id())
                .param("rubric", rubric)
                .param("reads", reads)
                .update();
    }

    private Document read(long id) {
        var located = browser.get(host(), "/baca/" + id);
        var page = browser.get(host(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

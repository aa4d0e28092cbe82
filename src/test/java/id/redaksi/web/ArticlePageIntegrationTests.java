package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.article.Notice;
import id.redaksi.article.Person;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class ArticlePageIntegrationTests {

    private static final Instant SEP_5_2023_19_15_WIB = Instant.parse("2023-09-05T12:15:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    JsonMapper json;

    Site site;
    Person binti;
    Person ghiska;
    Person dede;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Uji").create();
        binti = fixtures.person("Binti Lestari");
        ghiska = fixtures.person("Ghiska Putri");
        dede = fixtures.person("Dede Kurnia");
    }

    @Test
    void showsHeadlineCreditsTimeImageAndDateline() {
        long id = fixtures.article(site)
                .title("Pasar Tradisional Ramai Jelang Lebaran")
                .writers(binti, ghiska)
                .editor(dede)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();

        var page = read(id);

        assertThat(page.select("h1.story-title").text()).isEqualTo("Pasar Tradisional Ramai Jelang Lebaran");
        assertThat(page.select(".byline").text())
                .isEqualTo("Penulis : Binti Lestari - Ghiska Putri - Editor : Dede Kurnia");
        assertThat(page.select(".byline .writers a").eachAttr("href"))
                .containsExactly("/penulis/" + binti.slug(), "/penulis/" + ghiska.slug());
        assertThat(page.select(".byline .editor a").attr("href")).isEqualTo("/penulis/" + dede.slug());
        assertThat(page.select("time.published").text()).isEqualTo("05 - Sep - 2023, 19:15");
        assertThat(page.select(".story-body p").first().text()).isEqualTo("WARTAUJI - Paragraf ke-1 dari berita ini.");
        var image = page.select("figure.lead-image img").first();
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(image.attr("width")).isEqualTo("1200");
        assertThat(image.attr("height")).isEqualTo("675");
        assertThat(page.select("figure.lead-image figcaption").text())
                .isEqualTo("Suasana kegiatan warga. (Foto: Dok. Redaksi)");
        assertThat(page.select(".credits dd").eachText())
                .containsExactly("Binti Lestari - Ghiska Putri", "Dede Kurnia");
        assertThat(page.select(".breadcrumb a").eachText()).containsExactly("Warta Uji", "Politik");
    }

    /**
     * Every node, and every restart of one, must write a page's bytes alike: its ETag is made from them. So the
     * JSON-LD keeps its keys in the order they are written, never in the order of a JVM's hash salt.
     */
    @Test
    void writesStructuredDataInOneOrderOnEveryNode() {
        long id = fixtures.article(site).writers(binti).editor(dede).publish();

        var ldJson = String.join(
                "\n",
                read(id).select("script[type=application/ld+json]").stream()
                        .map(Element::data)
                        .toList());

        assertThat(ldJson)
                .contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":")
                .contains("{\"@type\":\"Person\",\"name\":\"Binti Lestari\",\"url\":")
                .contains("\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Warta Uji\",\"url\":")
                .contains("{\"@type\":\"ImageObject\",\"url\":")
                .contains(
                        "{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,");
    }

    @Test
    void theSameInstantShowsInTheZoneOfEachSite() {
        var makassar = fixtures.site().zone("Asia/Makassar").create();
        long inJakarta =
                fixtures.article(site).publishedAt(SEP_5_2023_19_15_WIB).publish();
        long inMakassar =
                fixtures.article(makassar).publishedAt(SEP_5_2023_19_15_WIB).publish();

        assertThat(read(inJakarta).select("time.published").text()).isEqualTo("05 - Sep - 2023, 19:15");
        var page = read(makassar, inMakassar);
        assertThat(page.select("time.published").text()).isEqualTo("05 - Sep - 2023, 20:15");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(makassar.url(
                        path(inMakassar, "20230905", "201500", "warga-menanam-seribu-pohon-di-lereng-gunung")));
    }

    @Test
    void describesTheArticleAsNewsArticleWithEveryWriterAsAuthor() {
        long id = fixtures.article(site)
                .title("Jembatan Baru Diresmikan")
                .writers(binti, ghiska)
                .editor(dede)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .updatedAt(SEP_5_2023_19_15_WIB.plus(2, ChronoUnit.HOURS))
                .publish();

        var page = read(id);
        var article = jsonLd(page, "NewsArticle");

        assertThat(article.get("headline").asString()).isEqualTo("Jembatan Baru Diresmikan");
        assertThat(article.get("datePublished").asString()).isEqualTo("2023-09-05T19:15:00+07:00");
        assertThat(article.get("dateModified").asString()).isEqualTo("2023-09-05T21:15:00+07:00");
        assertThat(article.get("author").valueStream().map(a -> a.get("name").asString()))
                .containsExactly("Binti Lestari", "Ghiska Putri");
        assertThat(article.get("author").get(0).get("url").asString()).isEqualTo(site.url("/penulis/" + binti.slug()));
        assertThat(article.get("editor").get("name").asString()).isEqualTo("Dede Kurnia");
        assertThat(article.get("publisher").get("name").asString()).isEqualTo("Warta Uji");
        assertThat(article.get("publisher").get("logo").get("url").asString()).isEqualTo(site.url("/logo.png"));
        assertThat(article.get("image").get(0).asString()).startsWith(site.url("/media/"));
        assertThat(article.get("mainEntityOfPage").get("@id").asString())
                .isEqualTo(site.url(path(id, "20230905", "191500", "jembatan-baru-diresmikan")));
        assertThat(page.select(".dates .updated").text()).isEqualTo("Diperbarui: 05 - Sep - 2023, 21:15");
    }

    @Test
    void everyPageHeadCarriesTitleDescriptionCanonicalAndOpenGraph() {
        long id = fixtures.article(site)
                .title("Harga Cabai Turun")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();

        var page = read(id);

        var canonical = site.url(path(id, "20230905", "191500", "harga-cabai-turun"));
        assertThat(page.title()).isEqualTo("Harga Cabai Turun - Warta Uji");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Ringkasan: Harga Cabai Turun");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:image]").attr("content")).startsWith(site.url("/media/"));
    }

    @Test
    void showsTopicsAndNoticesWithTheirTime() {
        var flood = fixtures.topic(site, "Banjir Bandang");
        long id = fixtures.article(site)
                .topics(flood)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .notice(
                        Notice.Kind.RALAT,
                        "Nama desa yang benar adalah Sumberejo.",
                        Instant.parse("2023-09-06T01:30:00Z"))
                .publish();

        var page = read(id);

        assertThat(page.select(".topics a").eachAttr("href")).containsExactly("/topik/banjir-bandang");
        assertThat(page.select(".notice").text())
                .isEqualTo("Ralat 06 - Sep - 2023, 08:30 Nama desa yang benar adalah Sumberejo.");
    }

    @Test
    void aWrongSlugOrDateIsAPermanentRedirectToTheCanonicalAddress() {
        long id = fixtures.article(site)
                .title("Festival Layang Layang")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();
        var canonical = path(id, "20230905", "191500", "festival-layang-layang");

        for (var wrong : new String[] {
            "/baca/" + id,
            "/baca/" + id + "/20230905/191500/judul-lama",
            "/baca/" + id + "/20990101/000000/festival-layang-layang"
        }) {
            var response = browser.get(host(site), wrong);
            assertThat(response.status()).as(wrong).isEqualTo(301);
            assertThat(response.header("Location")).as(wrong).isEqualTo(canonical);
        }
    }

    @Test
    void anUnknownIdOrAnArticleOfAnotherSiteIsANotFoundPageInTheSitesLook() {
        var other = fixtures.site().create();
        long elsewhere =
                fixtures.article(other).publishedAt(SEP_5_2023_19_15_WIB).publish();

        for (var path : new String[] {
            "/baca/999999999/20230905/191500/x",
            "/baca/" + elsewhere,
            "/baca/abc/1/2/3",
            "/baca/-5",
            "/baca/99999999999999999999999"
        }) {
            var response = browser.get(host(site), path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.html().select(".brand").text()).as(path).isEqualTo("Warta Uji");
            assertThat(response.html().select("h1").text()).as(path).isEqualTo("Halaman tidak ditemukan");
        }
    }

    @Test
    void publicPagesCarryAnETagAndCdnCacheControlAndAnswer304() {
        long id = fixtures.article(site).publishedAt(SEP_5_2023_19_15_WIB).publish();
        var path = path(id, "20230905", "191500", "warga-menanam-seribu-pohon-di-lereng-gunung");

        var first = browser.get(host(site), path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control"))
                .contains("public", "s-maxage=", "stale-while-revalidate=", "stale-if-error=");
        var etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        var again = browser.get(host(site), path, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private Document read(long id) {
        return read(site, id);
    }

    private Document read(Site site, long id) {
        var located = browser.get(host(site), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        var page = browser.get(host(site), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private JsonNode jsonLd(Document page, String type) {
        return page.select("script[type=application/ld+json]").stream()
                .map(s -> json.readTree(s.data()))
                .filter(n -> n.get("@type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }

    private static String host(Site site) {
        return site.hosts().getFirst();
    }

    private static String path(long id, String day, String time, String slug) {
        return "/baca/" + id + "/" + day + "/" + time + "/" + slug;
    }
}

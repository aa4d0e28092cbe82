package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages a verified outlet publishes and the footer of every page, as a reader sees them once the site admin has
 * filled them on the settings screen (or has not: an empty setting shows nothing).
 */
@PortalTest
class SitePagesAndFooterIntegrationTests {

    private static final List<String> REQUIRED = List.of(
            "Redaksi",
            "Pedoman Media Siber",
            "Tentang Kami",
            "Kontak",
            "Info Iklan",
            "Disclaimer",
            "Kebijakan Privasi");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    MockMvc mvc;

    Site site;
    Actor admin;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Kaki").create();
        admin = fixtures.account(site, Role.SITE_ADMIN);
    }

    @Test
    void aNewSiteStartsWithTheRequiredPagesLinkedFromTheFooterAndANoteToFillThem() {
        var home = page("/");

        assertThat(home.select("footer .footer-pages a").eachText()).isEqualTo(REQUIRED);
        assertThat(home.select("footer .footer-pages a").eachAttr("href"))
                .containsExactly(
                        "/halaman/redaksi",
                        "/halaman/pedoman-media-siber",
                        "/halaman/tentang-kami",
                        "/halaman/kontak",
                        "/halaman/info-iklan",
                        "/halaman/disclaimer",
                        "/halaman/kebijakan-privasi");
        var masthead = page("/halaman/redaksi");
        assertThat(masthead.select("h1").text()).isEqualTo("Redaksi");
        assertThat(masthead.select(".static-page .story-body em").text()).isEqualTo("Halaman ini belum diisi.");
        assertThat(masthead.select("link[rel=canonical]").attr("href")).isEqualTo(site.url("/halaman/redaksi"));
        assertThat(browser.get(host(), "/halaman/tidak-ada").status()).isEqualTo(404);
    }

    @Test
    void settingsLeftEmptyRenderNothing() {
        long id = fixtures.article(site).title("Jalan Baru Dibuka").publish();

        for (var page : List.of(page("/"), article(id), page("/halaman/kontak"))) {
            assertThat(page.select(".press-verified, .follow-links, .social, section.follow"))
                    .isEmpty();
            assertThat(page.select("footer a[href^=https]")).isEmpty();
        }
        assertThat(article(id).select(".credits dt").first().text()).isEqualTo("Penulis");
    }

    @Test
    void theMastheadAndGoogleNewsTheAdminFillsShowAtEveryArticlesFootAndInEveryFooter() throws Exception {
        long first = fixtures.article(site).title("Pasar Ramai").publish();
        long second = fixtures.article(site).title("Hujan Deras").publish();
        article(first); // kept in the page cache, so the change must purge it

        save(Map.of(
                "pressVerified", "true",
                "pressCertificate", "1234/DP-Verifikasi/K/X/2024",
                "pressUrl", "https://dewanpers.or.id/data/perusahaanpers",
                "googleNewsUrl", "https://news.google.com/publications/CAAqBwgKMKHL9QowkqbaAg?hl=id",
                "playStoreUrl", "https://play.google.com/store/apps/details?id=id.warta.kaki",
                "instagramUrl", "https://www.instagram.com/wartakaki"));
        editPage(
                "redaksi",
                "Redaksi",
                "<p>Penanggung jawab: Sri Wahyuni</p><script>alert(1)</script>"
                        + "<p onclick=\"x()\">Alamat: Jl. Ijen 12, Malang</p>");

        for (long id : List.of(first, second)) {
            var foot = article(id).selectFirst("article section.follow");
            assertThat(foot).isNotNull();
            assertThat(foot.select(".press-verified").text())
                    .isEqualTo(
                            "Warta Kaki Media Terverifikasi Dewan Pers · Sertifikat No. 1234/DP-Verifikasi/K/X/2024");
            assertThat(foot.select(".press-verified a").attr("href"))
                    .isEqualTo("https://dewanpers.or.id/data/perusahaanpers");
            assertThat(foot.select(".follow-heading").text()).isEqualTo("Update berita Warta Kaki");
            assertThat(links(foot.select(".follow-links").first()))
                    .containsExactly(
                            "Ikuti kami di Google News https://news.google.com/publications/CAAqBwgKMKHL9QowkqbaAg?hl=id",
                            "Unduh di Google Play https://play.google.com/store/apps/details?id=id.warta.kaki");
            assertThat(article(id).select("section.follow + section.credits")).hasSize(1);
        }
        var footer = page("/").selectFirst("footer.site-footer");
        assertThat(footer.select(".press-verified").text())
                .isEqualTo("Warta Kaki Media Terverifikasi Dewan Pers · Sertifikat No. 1234/DP-Verifikasi/K/X/2024");
        assertThat(footer.select(".follow-links a").eachText())
                .containsExactly("Ikuti kami di Google News", "Unduh di Google Play");
        assertThat(links(footer.selectFirst(".social")))
                .containsExactly("Instagram https://www.instagram.com/wartakaki");
        var masthead = page("/halaman/redaksi");
        assertThat(masthead.select(".static-page .story-body p").eachText())
                .containsExactly("Penanggung jawab: Sri Wahyuni", "Alamat: Jl. Ijen 12, Malang");
        assertThat(masthead.select(".static-page script, .static-page [onclick]"))
                .isEmpty();
    }

    @Test
    void staticPagesAreInThePagesSitemapAndNeverCountedAsArticles() throws Exception {
        fixtures.article(site).title("Satu-satunya Berita").publish();
        var before = browser.get(host(), "/sitemap-pages.xml");
        editPage("kontak", "Kontak Redaksi", "<p>Telepon 0341-123456</p>");

        var sitemap = browser.get(host(), "/sitemap-pages.xml", "If-None-Match", before.header("ETag"));

        assertThat(sitemap.status()).isEqualTo(200);
        var locations = org.jsoup.Jsoup.parse(sitemap.body(), org.jsoup.parser.Parser.xmlParser())
                .select("url > loc")
                .eachText();
        assertThat(locations).contains(site.url("/halaman/redaksi"), site.url("/halaman/kontak"));
        assertThat(locations.stream().filter(l -> l.contains("/halaman/"))).hasSize(7);
        assertThat(browser.get(host(), "/sitemap-news.xml").body()).doesNotContain("/halaman/");
        assertThat(browser.get(host(), "/api/v1/articles").body())
                .doesNotContain("halaman")
                .contains("Satu-satunya Berita");
        assertThat(page("/")
                        .select("footer .footer-pages a[href=/halaman/kontak]")
                        .text())
                .isEqualTo("Kontak Redaksi");
    }

    @Test
    void aPageTheAdminAddsGetsItsAddressAndItsPlaceInTheFooter() throws Exception {
        var added = mvc.perform(post("/redaksi/" + site.slug() + "/pengaturan/halaman")
                        .param("title", "Karier")
                        .with(csrf())
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/redaksi/" + site.slug() + "/pengaturan/halaman/karier");

        assertThat(page("/").select("footer .footer-pages a").eachText().getLast())
                .isEqualTo("Karier");
        assertThat(page("/halaman/karier").select("h1").text()).isEqualTo("Karier");
    }

    @Test
    void aSiteInEnglishSaysItsFooterInEnglish() throws Exception {
        save(Map.of(
                "language", "en",
                "pressVerified", "true",
                "pressCertificate", "99/DP",
                "googleNewsUrl", "https://news.google.com/publications/X"));

        var footer = page("/").selectFirst("footer.site-footer");

        assertThat(footer.select(".press-verified").text())
                .isEqualTo(
                        "Warta Kaki is verified by Dewan Pers, the Indonesian Press Council · Certificate No. 99/DP");
        assertThat(footer.select(".follow-links a").text()).isEqualTo("Follow us on Google News");
    }

    private void save(Map<String, String> settings) throws Exception {
        var request =
                post("/redaksi/" + site.slug() + "/pengaturan").with(csrf()).with(user(admin.username()));
        var form = new java.util.HashMap<>(Map.of("name", site.name(), "tagline", site.tagline(), "language", "id"));
        form.putAll(settings);
        form.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private void editPage(String slug, String title, String body) throws Exception {
        var response = mvc.perform(post("/redaksi/" + site.slug() + "/pengaturan/halaman/" + slug)
                        .param("title", title)
                        .param("body", body)
                        .with(csrf())
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    /** Each link's text and address. */
    private static List<String> links(Element parent) {
        assertThat(parent).isNotNull();
        return parent.select("a").stream()
                .map(a -> a.text() + " " + a.attr("href"))
                .toList();
    }

    private Document page(String path) {
        var page = browser.get(host(), path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.html();
    }

    private Document article(long id) {
        var located = browser.get(host(), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        return page(located.header("Location"));
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

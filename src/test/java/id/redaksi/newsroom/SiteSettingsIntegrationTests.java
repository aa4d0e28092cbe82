package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The site settings screen as a site admin uses it: what it saves, what it refuses, and what the audit log says. */
@PortalTest
class SiteSettingsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Browser browser;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor admin;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Atur").create();
        admin = fixtures.account(site, Role.SITE_ADMIN);
    }

    @Test
    void theScreenShowsWhatIsSet() throws Exception {
        var page = Jsoup.parse(
                mvc.perform(get("/redaksi/" + site.slug() + "/pengaturan").with(user(admin.username())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select("#name").val()).isEqualTo("Warta Atur");
        assertThat(page.select("#language option[selected]").val()).isEqualTo("id");
        assertThat(page.select("#googleNewsUrl").val()).isEmpty();
        assertThat(page.select("table a[href*=/pengaturan/halaman/]").eachText())
                .startsWith("Redaksi", "Pedoman Media Siber");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "googleNewsUrl| http://news.google.com/x| Alamat Google News harus alamat lengkap yang diawali https://, atau kosong.",
                "playStoreUrl| javascript:alert(1)| Alamat Play Store harus alamat lengkap yang diawali https://, atau kosong.",
                "facebookUrl| facebook.com/warta| Alamat Facebook harus alamat lengkap yang diawali https://, atau kosong.",
                "tiktokUrl| https://| Alamat TikTok harus alamat lengkap yang diawali https://, atau kosong.",
                "xUrl| 'https://x.com/a b'| Alamat X harus alamat lengkap yang diawali https://, atau kosong.",
                "pressUrl| https://user:pw@evil.example/| Tautan verifikasi Dewan Pers harus alamat lengkap yang diawali https://, atau kosong.",
                "language| fr| Pilih bahasa situs: Indonesia atau Inggris.",
                "name| ''| Nama situs wajib diisi."
            })
    void aBadValueIsRefusedBesideItsFieldAndNothingIsSaved(String field, String value, String error) throws Exception {
        var response = save(Map.of(field, value, "youtubeUrl", "https://www.youtube.com/@warta"));

        assertThat(response.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#" + field + "-error").text()).isEqualTo(error);
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(page.select("#youtubeUrl").val()).isEqualTo("https://www.youtube.com/@warta");
        assertThat(youtube()).isEmpty();
    }

    @Test
    void aVerifiedSiteNeedsItsCertificateNumber() throws Exception {
        var response = save(Map.of("pressVerified", "true"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#pressCertificate-error")
                        .text())
                .isEqualTo("Nomor sertifikat wajib diisi bila situs terverifikasi Dewan Pers.");
    }

    @Test
    void aSaveIsAuditedNamingWhatChangedAndTheSiteFollowsAtOnce() throws Exception {
        var response = save(Map.of(
                "name", "Warta Atur Baru",
                "language", "en",
                "googleNewsUrl", "https://news.google.com/publications/ABC"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/" + site.slug() + "/pengaturan");
        var audit = jdbc.sql("select action || ': ' || detail from audit_event where site_id = :site order by id")
                .param("site", site.id())
                .query(String.class)
                .list();
        assertThat(audit).containsExactly("mengubah pengaturan situs: nama, bahasa, Google News");
        var home = browser.get(site.hosts().getFirst(), "/").html();
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".brand").text()).isEqualTo("Warta Atur Baru");
    }

    @Test
    void aPageIsSanitisedLikeAStoryAndItsSaveAudited() throws Exception {
        var response = mvc.perform(post("/redaksi/" + site.slug() + "/pengaturan/halaman/disclaimer")
                        .param("title", "Disclaimer")
                        .param(
                                "body",
                                "<p>Isi <a href=\"javascript:alert(1)\">tautan</a></p><img src=x onerror=alert(1)>")
                        .with(csrf())
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        var body = jdbc.sql("select body_html from site_page where site_id = :site and slug = 'disclaimer'")
                .param("site", site.id())
                .query(String.class)
                .single();
        assertThat(body).isEqualTo("<p>Isi <a rel=\"noopener\">tautan</a></p><img src=\"x\">");
        assertThat(jdbc.sql("select detail from audit_event where site_id = :site and action = 'mengubah halaman'")
                        .param("site", site.id())
                        .query(String.class)
                        .list())
                .containsExactly("Disclaimer (/halaman/disclaimer)");
    }

    @Test
    void aPageWithoutTitleOrOfNoSuchAddressIsRefused() throws Exception {
        var untitled = mvc.perform(post("/redaksi/" + site.slug() + "/pengaturan/halaman/kontak")
                        .param("title", " ")
                        .param("body", "<p>x</p>")
                        .with(csrf())
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();
        var unknown = mvc.perform(get("/redaksi/" + site.slug() + "/pengaturan/halaman/tidak-ada")
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();
        var twice = mvc.perform(post("/redaksi/" + site.slug() + "/pengaturan/halaman")
                        .param("title", "Kontak")
                        .with(csrf())
                        .with(user(admin.username())))
                .andReturn()
                .getResponse();

        assertThat(untitled.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(untitled.getContentAsString())
                        .select("#title-error")
                        .text())
                .isEqualTo("Judul halaman wajib diisi.");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(twice.getContentAsString())
                        .select("#title-error")
                        .text())
                .isEqualTo("Situs ini sudah punya halaman /halaman/kontak.");
    }

    private MockHttpServletResponse save(Map<String, String> settings) throws Exception {
        var request =
                post("/redaksi/" + site.slug() + "/pengaturan").with(csrf()).with(user(admin.username()));
        var form = new java.util.HashMap<>(Map.of("name", site.name(), "tagline", site.tagline(), "language", "id"));
        form.putAll(settings);
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String youtube() {
        return jdbc.sql("select youtube_url from site_profile where site_id = :site")
                .param("site", site.id())
                .query(String.class)
                .optional()
                .orElse("");
    }
}

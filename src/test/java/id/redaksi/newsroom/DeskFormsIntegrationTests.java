package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every desk form is validated the same way (Bean Validation on its record): a value it cannot use comes back next to
 * its field, with what was typed still in the form, and nothing says "saved".
 */
@PortalTest
class DeskFormsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Sites sites;

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    Browser browser;

    Site site;
    Actor networkAdmin;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        networkAdmin = fixtures.networkAdmin();
    }

    @Test
    void aRubricNameTooLongIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
        var name = "Kanal " + "x".repeat(60);

        var response = send(post("/redaksi/admin/situs/" + site.id() + "/kanal").param("name", name), networkAdmin);

        var page = refused(response);
        assertThat(page.select("#rubric-" + site.id() + "-error").text())
                .isEqualTo("Nama kanal paling banyak 60 karakter.");
        assertThat(page.select("input[aria-label=Kanal baru untuk " + site.name() + "]")
                        .val())
                .isEqualTo(name);
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi", "Olahraga");
    }

    @Test
    void aBlankRubricNameIsRefused() throws Exception {
        var response = send(post("/redaksi/admin/situs/" + site.id() + "/kanal").param("name", "  "), networkAdmin);

        assertThat(refused(response).select("#rubric-" + site.id() + "-error").text())
                .isEqualTo("Nama kanal wajib diisi.");
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi", "Olahraga");
    }

    @Test
    void aRubricTheSiteHasIsRefusedNotReportedAsAdded() throws Exception {
        var response =
                send(post("/redaksi/admin/situs/" + site.id() + "/kanal").param("name", "politik"), networkAdmin);

        var page = refused(response);
        assertThat(page.select("#rubric-" + site.id() + "-error").text())
                .isEqualTo("Situs ini sudah punya kanal politik.");
        assertThat(page.select("input[aria-label=Kanal baru untuk " + site.name() + "]")
                        .val())
                .isEqualTo("politik");
    }

    @Test
    void aNewRubricIsAddedAndSaidSo() throws Exception {
        var response =
                send(post("/redaksi/admin/situs/" + site.id() + "/kanal").param("name", "Gaya Hidup"), networkAdmin);

        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/admin/situs");
        assertThat(response.getFlashMap().get("message"))
                .isEqualTo("Kanal gaya-hidup tersedia di " + site.slug() + ".");
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi", "Olahraga", "Gaya Hidup");
    }

    @Test
    void aRubricIsRenamedKeepingItsAddressAuditedAndTheKeptFrontPageShowsTheNewName() throws Exception {
        var host = site.hosts().getFirst();
        assertThat(browser.get(host, "/").html().select("nav.rubrics a").eachText())
                .containsExactly("Politik", "Ekonomi", "Olahraga");

        var response = send(
                post("/redaksi/admin/situs/" + site.id() + "/kanal/ekonomi/nama")
                        .param("name", "  Ekonomi & Bisnis "),
                networkAdmin);

        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/admin/situs");
        assertThat(response.getFlashMap().get("message"))
                .isEqualTo("Kanal ekonomi di " + site.slug() + " kini bernama Ekonomi & Bisnis.");
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi & Bisnis", "Olahraga");
        assertThat(browser.get(host, "/").html().select("nav.rubrics a").eachText())
                .containsExactly("Politik", "Ekonomi & Bisnis", "Olahraga");
        assertThat(browser.get(host, "/kanal/ekonomi").status()).isEqualTo(200);
        var entry = audit.ofSite(site.id(), 1).getFirst();
        assertThat(List.of(entry.siteId(), entry.action(), entry.detail()))
                .containsExactly(site.id(), "mengganti nama kanal", "Ekonomi \u2192 Ekonomi & Bisnis");
    }

    @Test
    void aBlankRubricRenameIsRefusedBesideThatRubricAlone() throws Exception {
        var response = send(
                post("/redaksi/admin/situs/" + site.id() + "/kanal/olahraga/nama")
                        .param("name", " "),
                networkAdmin);

        var page = refused(response);
        assertThat(page.select("#rubric-" + site.id() + "-olahraga-error").text())
                .isEqualTo("Nama kanal wajib diisi.");
        assertThat(page.select("input[aria-label=Nama kanal olahraga di " + site.name() + "]")
                        .val())
                .isEqualTo(" ");
        assertThat(page.select("input[aria-label=Nama kanal politik di " + site.name() + "]")
                        .val())
                .isEqualTo("Politik");
        assertThat(page.select("#rubric-" + site.id() + "-error")).isEmpty();
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi", "Olahraga");
    }

    @Test
    void aRubricTheSiteLacksCannotBeRenamed() throws Exception {
        var response = send(
                post("/redaksi/admin/situs/" + site.id() + "/kanal/cuaca/nama").param("name", "Cuaca"), networkAdmin);

        assertThat(response.getResponse().getStatus()).isEqualTo(403);
        assertThat(rubricNames()).containsExactly("Politik", "Ekonomi", "Olahraga");
    }

    @Test
    void aSiteFormWithAnUnknownZoneAndATakenHostNamesBothFieldsKeepingWhatWasTyped() throws Exception {
        var response = send(
                post("/redaksi/admin/situs")
                        .param("name", "Warta Baru")
                        .param("slug", "warta-baru-formulir")
                        .param("dateline", "WARTABARU")
                        .param("host", site.hosts().getFirst())
                        .param("baseUrl", "https://wartabaru.test")
                        .param("zone", "Asia/Atlantis"),
                networkAdmin);

        var page = refused(response);
        assertThat(page.select("#zone-error").text())
                .isEqualTo("Zona waktu seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.");
        assertThat(page.select("#host-error").text())
                .isEqualTo("Nama host wajib diisi, tanpa http:// dan belum dipakai situs lain.");
        assertThat(page.select(".field-error")).hasSize(2);
        assertThat(page.select("#zone").val()).isEqualTo("Asia/Atlantis");
        assertThat(page.select("#name").val()).isEqualTo("Warta Baru");
        assertThat(sites.bySlug("warta-baru-formulir")).isEmpty();
    }

    @Test
    void aProfileWithoutANameIsRefusedNextToItsFieldKeepingTheTypedBio() throws Exception {
        var person = fixtures.person("Dewi Lestari");

        var response = send(
                post("/redaksi/admin/orang/" + person.id()).param("name", " ").param("bio", "Bio yang baru diketik."),
                networkAdmin);

        var page = refused(response);
        assertThat(page.select("#name-" + person.id() + "-error").text()).isEqualTo("Nama wajib diisi.");
        assertThat(page.select("textarea[aria-label=Bio " + person.name() + "]").val())
                .isEqualTo("Bio yang baru diketik.");
        var saved = people.byIds(List.of(person.id())).getFirst();
        assertThat(saved.name()).isEqualTo("Dewi Lestari");
        assertThat(saved.bio()).isEqualTo("Jurnalis yang menulis untuk pengujian.");
    }

    @Test
    void aNewProfileWithANameTooLongIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
        var name = "N".repeat(121);

        var response = send(post("/redaksi/admin/orang").param("name", name).param("bio", "Bio baru."), networkAdmin);

        var page = refused(response);
        assertThat(page.select("#name-error").text()).isEqualTo("Nama paling banyak 120 karakter.");
        assertThat(page.select("#name").val()).isEqualTo(name);
        assertThat(page.select("#bio").val()).isEqualTo("Bio baru.");
    }

    @Test
    void aStoryFormWithValuesItCannotUseNamesEachFieldAndKeepsTheText() throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul tersimpan"));

        var response = send(
                post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                        .param("version", String.valueOf(story.version()))
                        .param("title", "Judul " + "j".repeat(200))
                        .param("lead", "Lead yang diketik.")
                        .param("rubricId", "politik")
                        .param("imageId", "99999999999999999999")
                        .param("writerIds", String.valueOf(writer.personId()), "dua")
                        .param("editorId", "-1"),
                writer);

        var page = refused(response);
        assertThat(page.select("#title-error").text()).isEqualTo("Judul paling banyak 200 karakter.");
        assertThat(page.select("#rubricId-error").text()).isEqualTo("Pilih kanal dari daftar.");
        assertThat(page.select("#imageId-error").text()).isEqualTo("Nomor gambar tidak valid.");
        assertThat(page.select("#writerIds-error").text()).isEqualTo("Pilih penulis dari daftar.");
        assertThat(page.select("#editorId-error").text()).isEqualTo("Pilih editor dari daftar.");
        assertThat(page.select("#lead").val()).isEqualTo("Lead yang diketik.");
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul tersimpan");
    }

    @Test
    void aStoryFormWithoutItsVersionIsRefusedAsIncomplete() throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul tersimpan"));

        var response =
                send(post("/redaksi/" + site.slug() + "/cerita/" + story.id()).param("title", "Judul baru"), writer);

        assertThat(refused(response).select("p.alert-error").text())
                .isEqualTo(
                        "Ada isian yang perlu diperbaiki. Formulir ini tidak lengkap. Salin teks Anda, lalu muat ulang"
                                + " halaman.");
        var junk = send(
                post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                        .param("version", "tiga")
                        .param("title", "Judul baru"),
                writer);
        assertThat(refused(junk).select("#title").val()).isEqualTo("Judul baru");
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul tersimpan");
    }

    private List<String> rubricNames() {
        return sites.byId(site.id()).orElseThrow().rubrics().stream()
                .map(r -> r.name())
                .toList();
    }

    private static Document refused(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getFlashMap().isEmpty()).isTrue();
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("[role=status]").text()).doesNotContain("Tersimpan", "tersedia", "diperbarui", "dibuat");
        return page;
    }

    private MvcResult send(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(user(actor.username())).with(csrf())).andReturn();
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import id.redaksi.web.IndonesianTime;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account that chose English reads the newsroom's daily screens in English: none of the Indonesian words they are
 * written in for everyone else is left on them (the site's, the stories' and the accounts' names are content, so the
 * fixtures here name them in English). An Indonesian account keeps reading them as before.
 */
@PortalTest
class NewsroomInEnglishIntegrationTests {

    /** Words of the newsroom's Indonesian screens; none is an English word a screen could rightly show. */
    private static final Set<String> INDONESIAN = Set.of(
            "naskah",
            "ruang",
            "penugasan",
            "menunggu",
            "perbaikan",
            "terjadwal",
            "tulis",
            "berita",
            "pustaka",
            "kelola",
            "situs",
            "peran",
            "judul",
            "kanal",
            "penulis",
            "saring",
            "semua",
            "diubah",
            "tanpa",
            "draf",
            "diajukan",
            "terbit",
            "dicabut",
            "tidak",
            "ada",
            "anda",
            "untuk",
            "yang",
            "dan",
            "belum",
            "catatan",
            "kurasi",
            "pengaturan",
            "iklan",
            "impor",
            "profil",
            "mulai",
            "menulis",
            "tenggat",
            "simpan",
            "ajukan",
            "jadwalkan",
            "terbitkan",
            "cabut",
            "pratinjau",
            "ringkasan",
            "gambar",
            "foto",
            "hapus",
            "tambah",
            "pilih",
            "wajib",
            "harus",
            "karakter",
            "kembali",
            "riwayat",
            "revisi",
            "keluar",
            "akun",
            "saya",
            "bahasa",
            "atau",
            "dengan",
            "ini",
            "pada",
            "dari",
            "oleh",
            "sumber",
            "keterangan",
            "topik",
            "editor:");

    /** Where a screen shows what people wrote or chose (people's names in a picker), not the newsroom's words. */
    private static final String CONTENT = String.join(
            ", ",
            "textarea",
            ".history li",
            "table.audit td",
            "section[aria-labelledby=halaman] td",
            "select[name=writerIds] option",
            "select[name=writerId] option",
            "select[name=editorId] option",
            "select[name=personId] option",
            "select[name=penulis] option");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Drafting drafting;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor english;
    Actor indonesian;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Daily Post").rubrics("Politics", "Sports").create();
        english = fixtures.account(site, Role.SITE_ADMIN);
        accounts.setLanguage(english.id(), "en");
        english = accounts.byId(english.id()).orElseThrow();
        indonesian = fixtures.account(site, Role.SITE_ADMIN);
    }

    @Test
    void theDashboardSpeaksTheAccountsLanguage() throws Exception {
        assertThat(indonesianWords(page(english, "/redaksi/"))).isEmpty();
        assertThat(page(english, "/redaksi/").select("h1").text()).isEqualTo("Newsroom");

        var indonesians = page(indonesian, "/redaksi/");
        assertThat(indonesians.select("h1").text()).isEqualTo("Ruang redaksi");
        assertThat(indonesians.select(".nr-queues a").eachText())
                .containsExactly("Menunggu review (0)", "Penugasan (0)", "Perlu perbaikan (0)", "Terjadwal (0)");
        assertThat(indonesians.select("td").eachText()).contains("Admin situs");
    }

    @Test
    void theStoryListSpeaksTheAccountsLanguage() throws Exception {
        drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));

        var list = page(english, "/redaksi/" + site.slug() + "/cerita");

        assertThat(indonesianWords(list)).isEmpty();
        assertThat(list.select("td .status").eachText()).containsExactly("Draft");
        assertThat(list.select("th").eachText()).containsExactly("Headline", "Status", "Rubric", "Writer", "Changed");
        var indonesians = page(indonesian, "/redaksi/" + site.slug() + "/cerita");
        assertThat(indonesians.select("td .status").eachText()).containsExactly("Draf");
        assertThat(indonesians.select("th").eachText())
                .containsExactly("Judul", "Status", "Kanal", "Penulis", "Diubah");
    }

    @Test
    void theEditorSpeaksTheAccountsLanguage() throws Exception {
        var story = drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));

        var fresh = page(english, "/redaksi/" + site.slug() + "/cerita/baru");
        var existing = page(english, "/redaksi/" + site.slug() + "/cerita/" + story.id());

        assertThat(indonesianWords(fresh)).isEmpty();
        assertThat(fresh.select("h1").text()).isEqualTo("New story");
        assertThat(fresh.select("#publish").text()).isEqualTo("Publish now");
        assertThat(indonesianWords(existing)).isEmpty();
        assertThat(existing.select("h1 .status").text()).isEqualTo("Draft");
        assertThat(existing.select("#save").text()).isEqualTo("Save");
        var indonesians = page(indonesian, "/redaksi/" + site.slug() + "/cerita/" + story.id());
        assertThat(indonesians.select("h1 .status").text()).isEqualTo("Draf");
        assertThat(indonesians.select("#save").text()).isEqualTo("Simpan");
        assertThat(indonesians.select("#submit-story").text()).isEqualTo("Ajukan ke editor");
        assertThat(indonesians.select("#publish").text()).isEqualTo("Terbitkan sekarang");
    }

    @Test
    void theEditorsValidationMessagesSpeakTheAccountsLanguage() throws Exception {
        var story = drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));

        var refused = refusedEdit(english, story);

        assertThat(indonesianWords(refused)).as(refused.body().text()).isEmpty();
        assertThat(refused.select("#title-error").text()).isEqualTo("A headline has at most 200 characters.");
        assertThat(refused.select("#rubricId-error").text()).isEqualTo("Choose a rubric from the list.");
        assertThat(refused.select("p.alert-error").text()).isEqualTo("Some fields need correcting.");
        var indonesians = refusedEdit(indonesian, story);
        assertThat(indonesians.select("#title-error").text()).isEqualTo("Judul paling banyak 200 karakter.");
        assertThat(indonesians.select("#rubricId-error").text()).isEqualTo("Pilih kanal dari daftar.");
    }

    @Test
    void savingSaysSoInTheAccountsLanguage() throws Exception {
        var story = drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));

        var saved = mvc.perform(post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                        .param("version", String.valueOf(story.version()))
                        .param("title", "Flood in the valley, day two")
                        .param(
                                "rubricId",
                                String.valueOf(site.rubrics().getFirst().id()))
                        .param("body", "<p>Water.</p>")
                        .param("writerIds", String.valueOf(english.personId()))
                        .with(user(english.username()))
                        .with(csrf()))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/redaksi/" + site.slug() + "/cerita/" + story.id());
        assertThat(saved.getFlashMap().values()).containsExactly("Saved.");
    }

    @Test
    void timesAreWrittenInTheAccountsLanguage() throws Exception {
        var story = drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));

        assertThat(page(english, "/redaksi/" + site.slug() + "/cerita")
                        .select("td")
                        .last()
                        .text())
                .isEqualTo(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                        .format(story.updatedAt().atZone(site.zone())));
        assertThat(page(indonesian, "/redaksi/" + site.slug() + "/cerita")
                        .select("td")
                        .last()
                        .text())
                .isEqualTo(IndonesianTime.format(story.updatedAt(), site.zone()));
    }

    @Test
    void theDesksOtherScreensSpeakTheAccountsLanguage() throws Exception {
        var story = drafting.create(english, site.id(), Fixtures.draft(site, english, "Flood in the valley"));
        var base = "/redaksi/" + site.slug();

        for (var path : List.of(
                base + "/penugasan",
                base + "/media",
                base + "/cerita/" + story.id() + "/revisi",
                base + "/cerita/" + story.id() + "/revisi/1/pulihkan",
                base + "/cerita/" + story.id() + "/pemberitahuan")) {
            assertThat(indonesianWords(page(english, path))).as(path).isEmpty();
        }
        assertThat(page(indonesian, base + "/penugasan").select("h1").text()).isEqualTo("Penugasan Daily Post");
        assertThat(page(indonesian, base + "/media").select("#upload").text()).isEqualTo("Unggah");
    }

    @Test
    void theAdminScreensSpeakTheAccountsLanguage() throws Exception {
        var admin = fixtures.networkAdmin();
        accounts.setLanguage(admin.id(), "en");
        admin = accounts.byId(admin.id()).orElseThrow();
        var base = "/redaksi/" + site.slug();

        for (var path : List.of(
                base + "/pengaturan",
                base + "/pengaturan/halaman/kontak",
                base + "/iklan",
                base + "/kurasi",
                base + "/kurasi/kanal/politics",
                base + "/audit",
                "/redaksi/admin/pengguna",
                "/redaksi/admin/orang")) {
            assertThat(indonesianWords(page(english, path))).as(path).isEmpty();
        }
        for (var path : List.of("/redaksi/admin/situs", "/redaksi/admin/wordpress")) {
            assertThat(indonesianWords(page(admin, path))).as(path).isEmpty();
        }
        assertThat(page(indonesian, base + "/pengaturan").select("h1").text()).isEqualTo("Pengaturan Daily Post");
        assertThat(page(indonesian, base + "/iklan").select("legend").eachText())
                .containsExactly(
                        "Atas setiap halaman", "Di dalam artikel", "Samping atau bawah daftar berita", "Bawah artikel");
        assertThat(page(english, base + "/iklan").select("legend").eachText())
                .containsExactly(
                        "Top of every page", "Inside the article", "Beside or below story lists", "Below the article");
        assertThat(page(indonesian, base + "/kurasi").select("h1").text())
                .isEqualTo("Kurasi: Halaman depan Daily Post");
    }

    @Test
    void aValidationMessageOfAnAdminFormSpeaksTheAccountsLanguage() throws Exception {
        var refused = mvc.perform(post("/redaksi/admin/orang")
                        .param("name", "")
                        .with(user(english.username()))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".field-error")
                        .text())
                .isEqualTo("A name is required.");
    }

    @Test
    void everyWordIsInBothLanguages() throws Exception {
        assertThat(keys("i18n/newsroom_en.properties")).isEqualTo(keys("i18n/newsroom.properties"));
    }

    private static Set<String> keys(String resource) throws Exception {
        var properties = new Properties();
        try (var in = new ClassPathResource(resource).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private Document refusedEdit(Actor actor, Story story) throws Exception {
        var response = mvc.perform(post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                        .param("version", String.valueOf(story.version()))
                        .param("title", "T" + "t".repeat(200))
                        .param("rubricId", "politics")
                        .with(user(actor.username()))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        return Jsoup.parse(response.getContentAsString());
    }

    private Set<String> indonesianWords(Document page) {
        var words = new TreeSet<String>();
        page = page.clone();
        // what people wrote is content, not the newsroom's words: stories' text, profiles' bios, the site's own
        // pages' titles, and the history and audit log, which record what was done as it was said at the time
        page.select(CONTENT).remove();
        var text = page.title() + " " + page.body().text() + " "
                + String.join(" ", page.select("[placeholder]").eachAttr("placeholder")) + " "
                + String.join(" ", page.select("[aria-label]").eachAttr("aria-label")) + " "
                + String.join(" ", page.select("[title]").eachAttr("title"));
        // addresses, and the accounts', profiles' and sites' names the fixtures make up, are content
        // the screens listing everyone show the names other tests gave their people, accounts and sites
        for (var name : jdbc.sql("select name from (select name from person union select display_name from app_user"
                        + " union select name from site union select name from rubric union select slug from rubric)"
                        + " as content (name) order by length(name) desc")
                .query(String.class)
                .list()) {
            text = text.replace(name, "");
        }
        text = text.replaceAll("\\S*://\\S*|/\\S+", "")
                .replaceAll("Pengguna pengguna\\d+|pengguna\\d+|Profil pengguna\\d+|situs\\d+", "");
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}:]+"))
                .map(w -> w.endsWith(":") && !INDONESIAN.contains(w) ? w.substring(0, w.length() - 1) : w)
                .filter(INDONESIAN::contains)
                .forEach(words::add);
        return words;
    }

    private Document page(Actor actor, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(actor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).select("html").attr("lang"))
                .isEqualTo(actor.language());
        return Jsoup.parse(response.getContentAsString());
    }
}

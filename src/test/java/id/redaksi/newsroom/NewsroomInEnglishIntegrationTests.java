package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
            "naskah", "ruang", "penugasan", "menunggu", "perbaikan", "terjadwal", "tulis", "berita", "pustaka",
            "kelola", "situs", "peran", "judul", "kanal", "penulis", "saring", "semua", "diubah", "tanpa", "draf",
            "diajukan", "terbit", "dicabut", "tidak", "ada", "anda", "untuk", "yang", "dan", "belum", "catatan",
            "kurasi", "pengaturan", "iklan", "impor", "profil", "mulai", "menulis", "tenggat", "simpan", "ajukan",
            "jadwalkan", "terbitkan", "cabut", "pratinjau", "ringkasan", "gambar", "foto", "hapus", "tambah", "pilih",
            "wajib", "harus", "karakter", "kembali", "riwayat", "revisi", "keluar", "akun", "saya", "bahasa", "atau",
            "dengan", "ini", "pada", "dari", "oleh", "sumber", "keterangan", "topik", "editor:");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Drafting drafting;

    @Autowired
    MockMvc mvc;

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
        assertThat(indonesians.select("th").eachText()).containsExactly("Judul", "Status", "Kanal", "Penulis", "Diubah");
    }

    private Set<String> indonesianWords(Document page) {
        var words = new TreeSet<String>();
        var text = page.title() + " " + page.body().text() + " "
                + String.join(" ", page.select("[placeholder]").eachAttr("placeholder")) + " "
                + String.join(" ", page.select("[aria-label]").eachAttr("aria-label")) + " "
                + String.join(" ", page.select("[title]").eachAttr("title"));
        // the accounts' and profiles' names are content the fixtures write in Indonesian
        text = text.replaceAll("Pengguna pengguna\\d+|pengguna\\d+|Profil pengguna\\d+", "");
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

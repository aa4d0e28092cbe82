package id.redaksi.frontpage;

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
import id.redaksi.newsroom.Curating;
import id.redaksi.site.Site;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Editors arrange the front page and the rubric pages on the curation screen, and readers see it on the real pages,
 * kept by the page cache: in order, with the shorter headline, falling back to the newest story when a pick expires,
 * and purged the moment a change is saved or a pick expires.
 */
@PortalTest
class FrontPageCurationIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    Curating curating;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Picks picks;

    Site site;
    Actor editor;
    long oldest;
    long yesterday;
    long morning;
    long noon;
    long newest;

    @BeforeEach
    void setUp() {
        site = fixtures.site()
                .named("Warta Kurasi")
                .rubrics("Politik", "Ekonomi")
                .create();
        editor = fixtures.account(site, Role.EDITOR);
        oldest = article("Lama Sekali", 5, "politik");
        yesterday = article("Kabar Kemarin", 4, "politik");
        morning = article("Kabar Pagi", 3, "ekonomi");
        noon = article("Kabar Siang", 2, "ekonomi");
        newest = article("Terbaru", 1, "politik");
    }

    @Test
    void aSiteNobodyCuratedShowsTheNewestAsItsOneHeadlineAndNoPicks() {
        var home = home();

        assertThat(home.select(".headline .card-title").eachText()).containsExactly("Terbaru");
        assertThat(home.select(".headline .card-lead")).hasSize(1);
        assertThat(home.select(".sub-leads, .picks, .breaking")).isEmpty();
        assertThat(home.select("#terbaru ~ .grid .card-title").eachText())
                .containsExactly("Kabar Siang", "Kabar Pagi", "Kabar Kemarin", "Lama Sekali");
    }

    @Test
    void theEditorsHeadlineAndPicksShowInTheirOrderWithTheShorterHeadline() throws Exception {
        var saved = save(
                "/kurasi",
                "utama",
                List.of(id(morning), id(oldest), ""),
                "utamaJudul",
                List.of("Pagi Singkat", "", ""),
                "utamaSampai",
                List.of("2099-01-02T10:00", "", ""),
                "pilihan",
                List.of(id(noon), "", id(yesterday)));

        assertThat(saved.getStatus()).isEqualTo(302);
        var home = home();
        assertThat(home.select(".headline .card-title").eachText()).containsExactly("Pagi Singkat", "Lama Sekali");
        assertThat(home.select(".headline .card-lead .card-title a").attr("href"))
                .isEqualTo(path(morning));
        assertThat(home.select(".headline .sub-leads .card-title").eachText()).containsExactly("Lama Sekali");
        assertThat(home.select("#pilihan").text()).isEqualTo("Pilihan Redaksi");
        assertThat(home.select(".picks .card-title").eachText()).containsExactly("Kabar Siang", "Kabar Kemarin");
        assertThat(home.select("#terbaru ~ .grid .card-title").eachText()).containsExactly("Terbaru");
        var screen = desk("/kurasi");
        assertThat(screen.select("#utama-1").val()).isEqualTo(id(morning));
        assertThat(screen.select("#utama-1-pendek").val()).isEqualTo("Pagi Singkat");
        assertThat(screen.select("#utama-1-judul").text()).isEqualTo("Kabar Pagi");
        // typed in the site's zone (WIB), kept as an instant, shown back in that zone
        assertThat(screen.select("#utama-1-sampai").val()).isEqualTo("2099-01-02T10:00");
        assertThat(picks.of(site.id(), null).getFirst().expiresAt()).isEqualTo(Instant.parse("2099-01-02T03:00:00Z"));
        assertThat(screen.select("#pilihan-2").val()).isEqualTo(id(yesterday));
        assertThat(desk("/audit").select("td").eachText())
                .contains("Berita Utama: Kabar Pagi; Lama Sekali | Pilihan Redaksi: Kabar Siang; Kabar Kemarin");
    }

    @Test
    void savingDropsTheKeptFrontPageAtOnce() throws Exception {
        assertThat(home().select(".headline .card-title").eachText()).containsExactly("Terbaru");
        retitleUnannounced(noon, "Judul Diam-diam");
        assertThat(home().select("#terbaru ~ .grid .card-title").first().text())
                .as("the page is kept: a change nobody announced does not show")
                .isEqualTo("Kabar Siang");

        save("/kurasi", "utama", List.of(id(oldest)));

        var home = home();
        assertThat(home.select(".headline .card-title").eachText()).containsExactly("Lama Sekali");
        assertThat(home.select("#terbaru ~ .grid .card-title").eachText())
                .containsExactly("Terbaru", "Judul Diam-diam", "Kabar Pagi", "Kabar Kemarin");
    }

    @Test
    void anExpiredPickFallsBackToTheNewestStoryAndLeavesTheKeptPageAtItsExpiry() {
        var expiry = Instant.now().plusSeconds(6);
        curating.arrange(
                editor,
                site,
                null,
                List.of(new Pick(Place.HEADLINE, 1, oldest, "Lama Dipilih", expiry)),
                List.of(new Pick(Place.PICK, 1, yesterday, "", expiry), new Pick(Place.PICK, 2, noon, "", null)));
        assertThat(home().select(".headline .card-title").eachText()).containsExactly("Lama Dipilih");
        assertThat(home().select(".picks .card-title").eachText()).containsExactly("Kabar Kemarin", "Kabar Siang");

        await(
                expiry.plusSeconds(10),
                () -> !home().select(".headline .card-title").text().equals("Lama Dipilih"));

        assertThat(Instant.now()).isAfter(expiry);
        var home = home();
        assertThat(home.select(".headline .card-title").eachText()).containsExactly("Terbaru");
        assertThat(home.select(".picks .card-title").eachText()).containsExactly("Kabar Pagi", "Kabar Siang");
        assertThat(desk("/kurasi").select("#utama-1-judul .pick-note").text())
                .isEqualTo("Sudah lewat waktunya: slot ini diisi berita terbaru.");
    }

    @Test
    void aWithdrawnPickFallsBackToo() throws Exception {
        save("/kurasi", "utama", List.of(id(oldest), id(yesterday)));

        fixtures.withdraw(oldest);

        assertThat(home().select(".headline .card-title").eachText()).containsExactly("Terbaru", "Kabar Kemarin");
    }

    @Test
    void aRubricPageHasItsOwnHeadlineAboveItsList() throws Exception {
        assertThat(rubric("ekonomi").select(".rubric-headline")).isEmpty();

        var saved =
                save("/kurasi/kanal/ekonomi", "utama", List.of(id(morning)), "utamaJudul", List.of("Pagi di Pasar"));

        assertThat(saved.getStatus()).isEqualTo(302);
        var page = rubric("ekonomi");
        assertThat(page.select(".rubric-headline .card-title").eachText()).containsExactly("Pagi di Pasar");
        assertThat(page.select(".list .card-title").eachText()).containsExactly("Kabar Siang");
        assertThat(rubric("politik").select(".rubric-headline")).isEmpty();
        assertThat(home().select(".headline .card-title").eachText()).containsExactly("Terbaru");
    }

    @Test
    void aStoryThatIsNotTheSitesPublishedOneIsRefusedNamingItAndNothingIsSaved() throws Exception {
        var elsewhere = fixtures.article(fixtures.site().create()).publish();

        var refused = save("/kurasi", "utama", List.of(id(noon), id(elsewhere)));
        var notANumber = save("/kurasi", "pilihan", List.of("dua"));
        var badTime = save("/kurasi", "utama", List.of(id(noon)), "utamaSampai", List.of("besok pagi"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#curation-error")
                        .text())
                .isEqualTo("Berita nomor " + elsewhere + " bukan berita terbit situs ini.");
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#utama-2").val())
                .isEqualTo(id(elsewhere));
        assertThat(notANumber.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(notANumber.getContentAsString())
                        .select("#curation-error")
                        .text())
                .isEqualTo("Slot 1: nomor berita harus angka.");
        assertThat(badTime.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(badTime.getContentAsString())
                        .select("#curation-error")
                        .text())
                .isEqualTo("Slot 1: isi tanggal dan jam yang valid.");
        assertThat(home().select(".headline .card-title").eachText()).containsExactly("Terbaru");
    }

    @Test
    void theBreakingBarShowsOnEveryPageOfTheSiteUntilItIsTakenDown() throws Exception {
        var until = java.time.LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), site.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();

        var pinned = send(post("/redaksi/" + site.slug() + "/kurasi/breaking")
                .param("berita", id(morning))
                .param("sampai", until));

        assertThat(pinned.getStatus()).isEqualTo(302);
        for (var page : List.of(home(), rubric("politik"), article(noon))) {
            assertThat(page.select(".breaking .breaking-label").text()).isEqualTo("Berita Terkini");
            assertThat(page.select(".breaking a").text()).isEqualTo("Kabar Pagi");
            assertThat(page.select(".breaking a").attr("href")).isEqualTo(path(morning));
        }
        send(post("/redaksi/" + site.slug() + "/kurasi/breaking")
                .param("teks", "Gempa M5,2 terasa di selatan Jawa")
                .param("tautan", "https://www.bmkg.go.id/")
                .param("sampai", until));
        assertThat(article(noon).select(".breaking a").attr("href")).isEqualTo("https://www.bmkg.go.id/");
        assertThat(article(noon).select(".breaking a").text()).isEqualTo("Gempa M5,2 terasa di selatan Jawa");

        send(post("/redaksi/" + site.slug() + "/kurasi/breaking/hapus"));

        assertThat(home().select(".breaking")).isEmpty();
        assertThat(article(noon).select(".breaking")).isEmpty();
    }

    @Test
    void aBreakingBarThatEndsLeavesEveryKeptPage() {
        var end = Instant.now().plusSeconds(6);
        curating.pinBreaking(editor, site, noon, "", "", end);
        assertThat(home().select(".breaking a").text()).isEqualTo("Kabar Siang");
        assertThat(article(yesterday).select(".breaking a").text()).isEqualTo("Kabar Siang");

        await(
                end.plusSeconds(10),
                () -> home().select(".breaking").isEmpty()
                        && article(yesterday).select(".breaking").isEmpty());

        assertThat(Instant.now()).isAfter(end);
    }

    @Test
    void aBreakingBarNeedsAnEndToComeAndALinkOfItsOwnOrAStory() throws Exception {
        var past = java.time.LocalDateTime.ofInstant(Instant.now().minusSeconds(120), site.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        var later = java.time.LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), site.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();

        var ended = send(post("/redaksi/" + site.slug() + "/kurasi/breaking")
                .param("berita", id(noon))
                .param("sampai", past));
        var script = send(post("/redaksi/" + site.slug() + "/kurasi/breaking")
                .param("teks", "Klik")
                .param("tautan", "javascript:alert(1)")
                .param("sampai", later));

        assertThat(ended.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(ended.getContentAsString())
                        .select("#curation-error")
                        .text())
                .isEqualTo("Isi waktu berakhir yang belum lewat.");
        assertThat(script.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(script.getContentAsString())
                        .select("#curation-error")
                        .text())
                .isEqualTo("Pilih berita, atau isi tautan yang diawali / atau https://.");
        assertThat(Jsoup.parse(script.getContentAsString()).select("#tautan").val())
                .isEqualTo("javascript:alert(1)");
        assertThat(home().select(".breaking")).isEmpty();
    }

    @Test
    void theStorySearchFindsTheSitesPublishedStoriesByAWordOfTheHeadline() throws Exception {
        var found = send(get("/redaksi/" + site.slug() + "/kurasi/pilih").param("q", "siang"));

        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains("\"id\":" + noon, "\"title\":\"Kabar Siang\"");
        assertThat(found.getContentAsString()).doesNotContain("Kabar Pagi");
    }

    private long article(String title, int hoursAgo, String rubric) {
        return fixtures.article(site)
                .title(title)
                .rubric(rubric)
                .withoutImage()
                .publishedAt(NOW.minus(hoursAgo, ChronoUnit.HOURS))
                .publish();
    }

    private MockHttpServletResponse save(String path, Object... fields) throws Exception {
        var request = post("/redaksi/" + site.slug() + path);
        for (int i = 0; i < fields.length; i += 2) {
            @SuppressWarnings("unchecked")
            var values = (List<String>) fields[i + 1];
            request.param((String) fields[i], values.toArray(String[]::new));
        }
        return send(request);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(editor.username())))
                .andReturn()
                .getResponse();
    }

    private Document desk(String path) {
        try {
            return Jsoup.parse(send(get("/redaksi/" + site.slug() + path)).getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a headline as no publication does: nothing purges, so only a page rendered afresh shows it. */
    private void retitleUnannounced(long id, String title) {
        jdbc.sql("update article set title = :title where id = :id")
                .param("title", title)
                .param("id", id)
                .update();
    }

    private Document home() {
        return browser.get(site.hosts().getFirst(), "/").html();
    }

    private Document rubric(String slug) {
        return browser.get(site.hosts().getFirst(), "/kanal/" + slug).html();
    }

    private Document article(long id) {
        var host = site.hosts().getFirst();
        var moved = browser.get(host, "/baca/" + id).header("Location");
        return browser.get(host, moved.replaceFirst("^https?://[^/]+", "")).html();
    }

    private String path(long id) {
        var href = browser.get(site.hosts().getFirst(), "/baca/" + id).header("Location");
        return href.replaceFirst("^https?://[^/]+", "");
    }

    private static String id(long id) {
        return String.valueOf(id);
    }

    /** Polls until the condition holds, failing at the deadline. */
    private static void await(Instant deadline, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not by " + deadline);
            }
            try {
                Thread.sleep(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.LiveReports;
import id.redaksi.site.Site;
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
 * A live report's desk: the editor's checkbox, filing from the field, a refused update kept in the box, and the
 * editors' changes, each audited with the text it replaced.
 */
@PortalTest
class LiveDeskIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    LiveCoverage coverage;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor writer;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void theEditorsCheckboxMakesAStoryALiveReportAndAnOrdinaryOneAgain() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Pawai Ogoh-ogoh"));

        var marked = perform(form(story, "true"), writer);

        assertThat(marked.getStatus()).isEqualTo(302);
        assertThat(coverage.isLiveReport(story.id())).isTrue();
        var editorPage = page(get(path(story.id())), writer);
        assertThat(editorPage.select("#liveReport").hasAttr("checked")).isTrue();
        assertThat(editorPage.select("#live-desk-link").attr("href")).isEqualTo(path(story.id()) + "/langsung");

        perform(form(newsroom.find(site.id(), story.id()), null), writer);

        assertThat(coverage.isLiveReport(story.id())).isFalse();
        assertThat(page(get(path(story.id())), writer).select("#liveReport").hasAttr("checked"))
                .isFalse();
        assertThat(audit.ofStory(story.id()).stream().map(AuditLog.Entry::action))
                .contains("menjadikan laporan langsung", "menjadikan berita biasa");
    }

    @Test
    void aReportWithUpdatesCannotBecomeAnOrdinaryStoryOnlyEnd() throws Exception {
        long report = liveReport("Festival Kota Lama");
        coverage.post(writer, site.id(), report, new LiveReports.Draft("Panggung utama dibuka.", null));

        var refused = perform(form(newsroom.find(site.id(), report), null), editor);

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#liveReport-error")
                        .text())
                .isEqualTo("Laporan yang sudah punya pembaruan tidak bisa dijadikan berita biasa; akhiri saja.");
        assertThat(coverage.isLiveReport(report)).isTrue();
    }

    @Test
    void aWritersUpdateIsOnTheDeskAndThePublicPageAtOnce() throws Exception {
        long report = liveReport("Car Free Day Ijen");

        var sent = perform(post(path(report) + "/langsung").param("teks", "Ribuan warga memadati Jalan Ijen."), writer);

        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo(path(report) + "/langsung");
        var desk = page(get(path(report) + "/langsung"), writer);
        assertThat(desk.select(".live-desk-update .live-desk-text").text())
                .isEqualTo("Ribuan warga memadati Jalan Ijen.");
        assertThat(desk.select(".live-desk-update .live-desk-meta").text()).endsWith(writer.displayName());
        // a writer files; changing what was filed is the editors'
        assertThat(desk.select(".live-desk-update details, .live-desk-actions, #end-live"))
                .isEmpty();
        var editorsDesk = page(get(path(report) + "/langsung"), editor);
        assertThat(editorsDesk.select(".live-desk-actions button").eachText())
                .containsExactly("Sematkan di atas", "Hapus");
        assertThat(editorsDesk.select("#end-live").text()).isEqualTo("Akhiri laporan langsung");
    }

    @Test
    void aRefusedUpdateComesBackWithWhatWasTypedStillInTheBox() throws Exception {
        long report = liveReport("Lomba Perahu Naga");
        long foreign = fixtures.image(fixtures.site().create());

        var empty = perform(post(path(report) + "/langsung").param("teks", "  "), writer);
        var elsewhere = perform(
                post(path(report) + "/langsung")
                        .param("teks", "Tim Kedungkandang memimpin.")
                        .param("gambar", String.valueOf(foreign)),
                writer);
        var notANumber =
                perform(post(path(report) + "/langsung").param("teks", "Teks.").param("gambar", "satu"), writer);

        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.getContentAsString()).select("#teks-error").text())
                .isEqualTo("Tulis isi pembaruan.");
        assertThat(elsewhere.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(elsewhere.getContentAsString());
        assertThat(page.select("#gambar-error").text()).isEqualTo("Gambar ini tidak ada di pustaka media situs ini.");
        assertThat(page.select("#teks").text()).isEqualTo("Tim Kedungkandang memimpin.");
        assertThat(notANumber.getStatus()).isEqualTo(400);
        assertThat(updates(report)).isZero();
    }

    @Test
    void editorsEditPinAndDeleteUpdatesEachAuditedWithWhatItReplaced() throws Exception {
        long report = liveReport("Kirab Budaya");
        long update =
                coverage.post(writer, site.id(), report, new LiveReports.Draft("Kirab dimulai pukul 14.00.", null));

        perform(post(path(report) + "/langsung/" + update).param("teks", "Kirab dimulai pukul 14.30."), editor);
        perform(post(path(report) + "/langsung/" + update + "/sematkan").param("sematkan", "true"), editor);
        var pinned = page(get(path(report) + "/langsung"), editor);
        perform(post(path(report) + "/langsung/" + update + "/hapus"), editor);

        assertThat(pinned.select("#pembaruan-" + update + " .live-desk-text").text())
                .isEqualTo("Kirab dimulai pukul 14.30.");
        assertThat(pinned.select("#pembaruan-" + update + " .live-desk-meta").text())
                .endsWith("Disematkan");
        var entries = audit.ofStory(report).stream()
                .filter(e -> e.action().contains("pembaruan"))
                .map(e -> e.action() + ": " + e.detail())
                .toList();
        assertThat(entries)
                .contains(
                        "menambah pembaruan: Kirab dimulai pukul 14.00.",
                        "mengubah pembaruan: Kirab dimulai pukul 14.00. → Kirab dimulai pukul 14.30.",
                        "menyematkan pembaruan: Kirab dimulai pukul 14.30.",
                        "menghapus pembaruan: Kirab dimulai pukul 14.30.");
        assertThat(page(get(path(report) + "/langsung"), editor).select(".live-desk-update"))
                .isEmpty();
        assertThat(jdbc.sql("select deleted_by from live_update where id = :id")
                        .param("id", update)
                        .query(String.class)
                        .single())
                .isEqualTo(editor.username());
    }

    @Test
    void anEndedReportTakesNoUpdateUntilItIsStartedAgain() throws Exception {
        long report = liveReport("Pertandingan Persema");

        perform(post(path(report) + "/langsung/akhiri"), editor);
        var refused = perform(post(path(report) + "/langsung").param("teks", "Babak kedua."), writer);
        perform(post(path(report) + "/langsung/mulai"), editor);
        var accepted = perform(post(path(report) + "/langsung").param("teks", "Babak kedua."), writer);

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(updates(report)).isEqualTo(1);
    }

    private long liveReport(String title) {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, title));
        coverage.mark(writer, site.id(), story.id(), true);
        newsroom.publish(editor, site.id(), story.id());
        return story.id();
    }

    private long updates(long report) {
        return jdbc.sql("select count(*) from live_update where article_id = :id and deleted_at is null")
                .param("id", report)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder form(Story story, String liveReport) {
        var request = post(path(story.id()))
                .param("version", String.valueOf(story.version()))
                .param("title", story.draft().title())
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", "<p>Isi.</p>")
                .param("writerIds", String.valueOf(writer.personId()));
        return liveReport == null ? request : request.param("liveReport", liveReport);
    }

    private String path(long story) {
        return "/redaksi/" + site.slug() + "/cerita/" + story;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Actor who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who.username())))
                .andReturn()
                .getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request, Actor who) throws Exception {
        var response = perform(request, who);
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}

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
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The desk's home shows what waits for whom; a writer pulls a submission back; writer and editor keep notes. */
@PortalTest
class DeskQueuesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    NoteThread noteThread;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    Site site;
    Actor writer;
    Actor otherWriter;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Antrean").create();
        writer = fixtures.account(site, Role.WRITER);
        otherWriter = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void theEditorsHomeListsSubmittedStoriesOldestFirstWithTheCountInTheNavigation() throws Exception {
        var first = submitted(writer, "Banjir Surut");
        var second = submitted(otherWriter, "Pasar Ramai");
        var third = submitted(writer, "Jembatan Dibuka");
        drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Masih Draf"));

        var home = page(editor, "/redaksi/");

        assertThat(home.select(".nr-queues a[href=#menunggu-review]").text()).isEqualTo("Menunggu review (3)");
        assertThat(home.select("#menunggu-review li a").eachText())
                .containsExactly("Banjir Surut", "Pasar Ramai", "Jembatan Dibuka");
        assertThat(home.select("#menunggu-review li a").eachAttr("href"))
                .containsExactly(path(first), path(second), path(third));
    }

    @Test
    void aWritersHomeHasNoReviewQueueButTheirReturnedStoriesWithTheEditorsNote() throws Exception {
        var mine = submitted(writer, "Harga Cabai Naik");
        newsroom.requestChanges(editor, site.id(), mine.id(), "Tambahkan <b>data</b> BPS.");
        var theirs = submitted(otherWriter, "Bukan Milik Penulis Ini");
        newsroom.requestChanges(editor, site.id(), theirs.id(), "Catatan lain.");

        var home = page(writer, "/redaksi/");

        assertThat(home.select("#menunggu-review")).isEmpty();
        assertThat(home.select(".nr-queues a").eachText())
                .containsExactly("Penugasan (0)", "Perlu perbaikan (1)", "Terjadwal (0)");
        assertThat(home.select("#perlu-perbaikan li a").eachText()).containsExactly("Harga Cabai Naik");
        assertThat(home.select("#perlu-perbaikan .review-note").text())
                .isEqualTo("Catatan editor: Tambahkan <b>data</b> BPS.");
    }

    @Test
    void scheduledStoriesAreListedSoonestFirstWithTheirTimeInTheSitesZone() throws Exception {
        var later = submitted(writer, "Terbit Lusa");
        var sooner = submitted(writer, "Terbit Besok");
        var now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        newsroom.schedule(editor, site.id(), later.id(), now.plus(3, ChronoUnit.DAYS));
        newsroom.schedule(editor, site.id(), sooner.id(), now.plus(2, ChronoUnit.DAYS));

        var home = page(editor, "/redaksi/");

        assertThat(home.select(".nr-queues a[href=#terjadwal]").text()).isEqualTo("Terjadwal (2)");
        assertThat(home.select("#terjadwal li a").eachText()).containsExactly("Terbit Besok", "Terbit Lusa");
        assertThat(home.select("#menunggu-review li")).isEmpty();
        assertThat(page(writer, "/redaksi/").select("#terjadwal li a").eachText())
                .containsExactly("Terbit Besok", "Terbit Lusa");
        assertThat(page(otherWriter, "/redaksi/").select("#terjadwal li")).isEmpty();
    }

    @Test
    void aWriterPullsBackASubmittedStoryToDraftAndTheStepIsAudited() throws Exception {
        var story = submitted(writer, "Salah Kirim");
        var editorPage = page(writer, path(story));
        assertThat(editorPage
                        .select("form[action=" + path(story) + "/tarik-kembali] button")
                        .text())
                .isEqualTo("Tarik kembali pengajuan");

        var response = send(writer, path(story) + "/tarik-kembali", "", "");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(audit.ofStory(story.id()).getFirst().action()).isEqualTo("menarik kembali pengajuan");
        assertThat(audit.ofStory(story.id()).getFirst().actor()).isEqualTo(writer.displayName());
        assertThat(page(editor, "/redaksi/").select("#menunggu-review li")).isEmpty();
        assertThat(page(writer, path(story)).select("#pull-back")).isEmpty();
    }

    @Test
    void aStoryNoLongerSubmittedCannotBePulledBackAndTheRefusalNamesItsState() throws Exception {
        var story = submitted(writer, "Sudah Dikembalikan");
        newsroom.requestChanges(editor, site.id(), story.id(), "Perbaiki judul.");

        var response = send(writer, path(story) + "/tarik-kembali", "", "");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(response.getContentAsString()).text())
                .contains("Naskah berstatus Perlu perbaikan tidak dapat ditarik kembali.");
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
    }

    @Test
    void onlyAWriterOfTheStoryPullsItBackNotAnEditorNorAnotherWriter() throws Exception {
        var story = submitted(writer, "Bukan Urusan Mereka");

        assertThat(send(editor, path(story) + "/tarik-kembali", "", "").getStatus())
                .isEqualTo(403);
        assertThat(send(otherWriter, path(story) + "/tarik-kembali", "", "").getStatus())
                .isEqualTo(403);
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.SUBMITTED);
        var editorsPage = page(editor, path(story));
        assertThat(editorsPage.select("#pull-back")).isEmpty();
        // the thread sits beside the editor's own note field: every id on the page once
        assertThat(editorsPage.select("[id=catatan]")).hasSize(1);
        assertThat(editorsPage.select("[id=catatan-naskah]")).hasSize(1);
    }

    @Test
    void theEditorsRequestAndTheWritersReplyStayInTheThreadAfterResubmission() throws Exception {
        var story = submitted(writer, "Sekolah Baru");
        send(editor, path(story) + "/minta-perubahan", "catatan", "Siapa kepala sekolahnya?");
        send(writer, path(story) + "/catatan", "isi", "Sudah saya tambahkan <script>alert(1)</script>.");
        newsroom.submit(writer, site.id(), story.id());
        newsroom.requestChanges(editor, site.id(), story.id(), "Foto kurang.");

        var writersPage = page(writer, path(story));

        var notes = writersPage.select("#catatan-naskah li");
        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).select("strong").text()).isEqualTo(editor.displayName());
        assertThat(notes.get(0).select(".note-body").text()).isEqualTo("Siapa kepala sekolahnya?");
        assertThat(notes.get(1).select("strong").text()).isEqualTo(writer.displayName());
        assertThat(notes.get(1).select(".note-body").text())
                .isEqualTo("Sudah saya tambahkan <script>alert(1)</script>.");
        assertThat(notes.get(1).select("script")).isEmpty();
        assertThat(notes.get(2).select(".note-body").text()).isEqualTo("Foto kurang.");
        assertThat(page(editor, path(story)).select("#catatan-naskah li")).hasSize(3);
    }

    @Test
    void anotherWriterOfTheSiteNeitherSeesNorWritesTheThread() throws Exception {
        var story = submitted(writer, "Rahasia Redaksi");
        newsroom.requestChanges(editor, site.id(), story.id(), "Catatan internal.");

        assertThat(page(otherWriter, path(story)).select("#catatan-naskah")).isEmpty();
        assertThat(send(otherWriter, path(story) + "/catatan", "isi", "Menyusup.")
                        .getStatus())
                .isEqualTo(403);
        assertThat(noteThread.of(editor, site.id(), story.id()))
                .extracting(StoryNote::body)
                .containsExactly("Catatan internal.");
    }

    @Test
    void anEmptyNoteIsRefusedWithA400() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Catatan Kosong"));

        var response = send(writer, path(story) + "/catatan", "isi", "   ");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString()).text())
                .contains("Tulis catatan (paling banyak 4000 karakter).");
        assertThat(noteThread.of(writer, site.id(), story.id())).isEmpty();
    }

    private Story submitted(Actor author, String title) {
        var story = drafting.create(author, site.id(), Fixtures.draft(site, author, title));
        return newsroom.submit(author, site.id(), story.id());
    }

    private String path(Story story) {
        return "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    private Document page(Actor actor, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(actor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse send(Actor actor, String path, String name, String value) throws Exception {
        var request = post(path).with(csrf()).with(user(actor.username()));
        if (!name.isEmpty()) {
            request.param(name, value);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

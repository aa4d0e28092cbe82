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
import id.redaksi.web.IndonesianTime;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An editor hands a story idea to a writer; it waits on their desk and becomes their draft when they start it. */
@PortalTest
class AssignmentsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MockMvc mvc;

    Site site;
    Actor writer;
    Actor otherWriter;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Tugas").create();
        writer = fixtures.account(site, Role.WRITER);
        otherWriter = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void anAssignmentWaitsOnTheWritersDeskWithItsBriefAndDeadline() throws Exception {
        var response =
                assign("Liputan Pasar Induk", "Harga bawang <b>sepekan</b>.", writer.personId(), "2099-01-02T10:00");

        assertThat(response.getStatus()).isEqualTo(302);
        var deadline =
                LocalDateTime.parse("2099-01-02T10:00").atZone(site.zone()).toInstant();
        var home = page(writer, "/redaksi/");
        assertThat(home.select(".nr-queues a[href=#penugasan]").text()).isEqualTo("Penugasan (1)");
        assertThat(home.select("#penugasan li strong").text()).isEqualTo("Liputan Pasar Induk");
        assertThat(home.select("#penugasan li").first().ownText())
                .isEqualTo("· Warta Tugas · tenggat " + IndonesianTime.format(deadline, site.zone()));
        assertThat(home.select("#penugasan .brief").text()).isEqualTo("Harga bawang <b>sepekan</b>.");
        assertThat(page(otherWriter, "/redaksi/").select("#penugasan li")).isEmpty();
        var list = page(editor, "/redaksi/" + site.slug() + "/penugasan");
        assertThat(list.select(".assignments tbody td").eachText())
                .containsExactly(
                        "Liputan Pasar Induk Harga bawang <b>sepekan</b>.",
                        "Profil " + writer.username(),
                        IndonesianTime.format(deadline, site.zone()));
    }

    @Test
    void theWriterStartsItAndItBecomesTheirDraftWithThatTitleOnce() throws Exception {
        assign("Banjir Rob di Pesisir", "", writer.personId(), "2099-01-02T10:00");
        var start = page(writer, "/redaksi/").select("#penugasan form").attr("action");

        var response = send(writer, start);

        assertThat(response.getStatus()).isEqualTo(302);
        long id = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/cerita/(\\d+)$", "$1"));
        var story = newsroom.find(site.id(), id);
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.draft().title()).isEqualTo("Banjir Rob di Pesisir");
        assertThat(story.draft().writerIds()).containsExactly(writer.personId());
        assertThat(page(writer, "/redaksi/").select("#penugasan li")).isEmpty();
        assertThat(page(editor, "/redaksi/" + site.slug() + "/penugasan").select(".assignments"))
                .isEmpty();
        assertThat(send(writer, start).getStatus()).isEqualTo(409);
        assertThat(send(otherWriter, start).getStatus()).isEqualTo(403);
    }

    @Test
    void onlyTheAssignedWriterStartsIt() throws Exception {
        assign("Untuk Penulis Lain", "", writer.personId(), "2099-01-02T10:00");
        var start = page(writer, "/redaksi/").select("#penugasan form").attr("action");

        assertThat(send(otherWriter, start).getStatus()).isEqualTo(403);
        assertThat(send(editor, start).getStatus()).isEqualTo(403);
        assertThat(page(writer, "/redaksi/").select("#penugasan li")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no title       | ''      | own     | 2099-01-02T10:00 | judul   | Tulis judul atau gagasan penugasan.",
                "past deadline  | Gagasan | own     | 2001-01-02T10:00 | tenggat | Tenggat harus di masa depan.",
                "no deadline    | Gagasan | own     | kemarin          | tenggat | Isi tenggat dengan tanggal dan jam yang valid.",
                "no writer      | Gagasan | none    | 2099-01-02T10:00 | penulis | Pilih penulis dari daftar.",
                "other site     | Gagasan | foreign | 2099-01-02T10:00 | penulis | Pilih penulis dari daftar."
            })
    void aFormThatCannotBeAssignedIsAnsweredWithA400NamingTheField(
            String name, String title, String who, String deadline, String field, String error) throws Exception {
        var person = switch (who) {
            case "own" -> writer.personId();
            case "foreign" ->
                fixtures.account(fixtures.site().create(), Role.WRITER).personId();
            default -> null;
        };

        var response = assign(title, "", person, deadline);

        assertThat(response.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#" + field + "-error").text()).isEqualTo(error);
        assertThat(page.select("#judul").val()).isEqualTo(title);
        assertThat(page.select(".assignments")).isEmpty();
        assertThat(page(writer, "/redaksi/").select("#penugasan li")).isEmpty();
    }

    private MockHttpServletResponse assign(String title, String brief, Long person, String deadline) throws Exception {
        return mvc.perform(post("/redaksi/" + site.slug() + "/penugasan")
                        .param("judul", title)
                        .param("arahan", brief)
                        .param("penulis", person == null ? "" : String.valueOf(person))
                        .param("tenggat", deadline)
                        .with(csrf())
                        .with(user(editor.username())))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(Actor actor, String path) throws Exception {
        return mvc.perform(post(path).with(csrf()).with(user(actor.username())))
                .andReturn()
                .getResponse();
    }

    private Document page(Actor actor, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(actor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}

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
import id.redaksi.article.Publishing;
import id.redaksi.site.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The desk binds enums and numbers from the request (a role, a notice kind, a status filter, a workflow step): a value
 * that is none of them is a 400 page naming the field, never taken for another value or quietly dropped.
 */
@PortalTest
class DeskBadInputIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    Site site;
    Actor writer;
    Actor editor;
    Actor networkAdmin;
    Story story;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        networkAdmin = fixtures.networkAdmin();
        story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Naskah uji isian"));
    }

    @Test
    void aNoticeOfNoKnownKindIsRefusedNotAddedAsACorrection() throws Exception {
        newsroom.publish(editor, site.id(), story.id());

        var response = send(
                post(storyPath() + "/pemberitahuan").param("jenis", "IKLAN").param("teks", "Bukan ralat."), editor);

        assertBadInput(response, "jenis");
        assertThat(publishing.notices(story.id())).isEmpty();
    }

    @Test
    void aStoryListFilteredByNoKnownStatusOrRubricIsRefusedNotShownUnfiltered() throws Exception {
        assertBadInput(send(get("/redaksi/" + site.slug() + "/cerita").param("status", "HILANG"), editor), "status");
        assertBadInput(
                send(get("/redaksi/" + site.slug() + "/cerita").param("rubricId", "politik"), editor), "rubricId");
        assertBadInput(send(get("/redaksi/" + site.slug() + "/cerita").param("writerId", "saya"), editor), "writerId");
    }

    @Test
    void aStoryListFilteredByAKnownStatusShowsOnlyThatStatus() throws Exception {
        var submitted = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Naskah diajukan"));
        newsroom.submit(writer, site.id(), submitted.id());

        var response = send(get("/redaksi/" + site.slug() + "/cerita").param("status", "SUBMITTED"), editor);

        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("table.stories tbody td:first-child a").eachText())
                .containsExactly("Naskah diajukan");
        assertThat(page.select("select[name=status] option[selected]").attr("value"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aNewAccountForNoKnownRoleOrSiteIsRefusedNotMadeWithoutOne() throws Exception {
        var badRole = send(
                newAccount("akun.peran.aneh")
                        .param("siteId", String.valueOf(site.id()))
                        .param("role", "RAJA"),
                networkAdmin);
        var badSite = send(
                newAccount("akun.situs.aneh").param("siteId", "wartamalang").param("role", "WRITER"), networkAdmin);

        assertBadInput(badRole, "role");
        assertBadInput(badSite, "siteId");
        assertThat(accounts.exists("akun.peran.aneh")).isFalse();
        assertThat(accounts.exists("akun.situs.aneh")).isFalse();
    }

    @Test
    void aRoleChangeToNoKnownRoleIsRefused() throws Exception {
        var response = send(
                post("/redaksi/admin/pengguna/" + writer.id() + "/peran")
                        .param("siteId", String.valueOf(site.id()))
                        .param("role", "RAJA"),
                networkAdmin);

        assertBadInput(response, "role");
        assertThat(accounts.byId(writer.id()).orElseThrow().roleOn(site.id())).contains(Role.WRITER);
    }

    @Test
    void aProfileLinkToNoNumberIsRefused() throws Exception {
        var response = send(
                post("/redaksi/admin/pengguna/" + writer.id() + "/profil").param("personId", "satu"), networkAdmin);

        assertBadInput(response, "personId");
        assertThat(accounts.byId(writer.id()).orElseThrow().personId()).isEqualTo(writer.personId());
    }

    @Test
    void aWorkflowStepOfNoKnownNameIsRefusedAndTheFormIsNotSaved() throws Exception {
        var response = send(
                post(storyPath())
                        .param("version", String.valueOf(story.version()))
                        .param("title", "Judul yang tidak tersimpan")
                        .param("writerIds", String.valueOf(writer.personId()))
                        .param("langkah", "hapus"),
                writer);

        assertBadInput(response, "langkah");
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Naskah uji isian");
    }

    @Test
    void everyWorkflowStepHasItsOwnAddress() throws Exception {
        var submitted = send(post(storyPath() + "/ajukan"), writer);
        var pulledBack = send(post(storyPath() + "/tarik-kembali"), writer);
        send(post(storyPath() + "/ajukan"), writer);
        var returned = send(post(storyPath() + "/minta-perubahan").param("catatan", "Tambah data."), editor);
        var scheduled = send(post(storyPath() + "/jadwalkan").param("waktu", "2999-01-01T08:00"), editor);
        var published = send(post(storyPath() + "/terbitkan"), editor);
        var withdrawn = send(post(storyPath() + "/tarik").param("catatan", "Keliru."), editor);
        var unknown = send(post(storyPath() + "/hapus"), editor);

        assertThat(java.util.List.of(submitted, pulledBack, returned, scheduled, published, withdrawn))
                .extracting(MockHttpServletResponse::getRedirectedUrl)
                .containsOnly(storyPath());
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.UNPUBLISHED);
        assertThat(unknown.getStatus()).isIn(404, 405);
    }

    private MockHttpServletRequestBuilder newAccount(String username) {
        return post("/redaksi/admin/pengguna")
                .param("username", username)
                .param("displayName", "Akun Uji")
                .param("password", Fixtures.PASSWORD);
    }

    private String storyPath() {
        return "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(user(actor.username())).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private static void assertBadInput(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Permintaan tidak dapat diproses");
        assertThat(page.select(".problem p").eachText()).contains("Isian '" + field + "' tidak valid.");
    }
}

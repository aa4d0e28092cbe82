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
import id.redaksi.article.ArticleContent;
import id.redaksi.article.People;
import id.redaksi.site.Site;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who each admin may see and change: people and accounts belong to sites, and messages come from actions only. */
@PortalTest
class AdminIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Drafting drafting;

    @Test
    void aSiteAdminListsOnlyThePeopleAndAccountsOfTheirOwnSites() throws Exception {
        var a = fixtures.site().create();
        var b = fixtures.site().create();
        var admin = fixtures.account(a, Role.SITE_ADMIN);
        var writerOfA = fixtures.account(a, Role.WRITER);
        var writerOfB = fixtures.account(b, Role.WRITER);
        var writerOfBoth = fixtures.account(a, Role.WRITER);
        accounts.grant(writerOfBoth.id(), b.id(), Role.EDITOR);
        var unattached = fixtures.person("Belum Menulis");

        var peoplePage = page(get("/redaksi/admin/orang"), admin);
        var usersPage = page(get("/redaksi/admin/pengguna"), admin);

        assertThat(peoplePage.select("input[name=name]").eachAttr("value"))
                .contains(name(writerOfA), name(admin), unattached.name())
                .doesNotContain(name(writerOfB), name(writerOfBoth));
        assertThat(usersPage.select("table.users strong").eachText())
                .contains(admin.username(), writerOfA.username(), writerOfBoth.username())
                .doesNotContain(writerOfB.username());
    }

    @Test
    void aSiteAdminCannotRenameSomeoneCreditedOrWorkingOnAnotherSite() throws Exception {
        var a = fixtures.site().create();
        var b = fixtures.site().create();
        var admin = fixtures.account(a, Role.SITE_ADMIN);
        var writerOfB = fixtures.account(b, Role.WRITER);
        var publishedOnB = fixtures.person("Terbit Di B");
        fixtures.article(a).writers(publishedOnB).publish();
        fixtures.article(b).writers(publishedOnB).publish();
        var editorOnB = fixtures.person("Editor Di B");
        fixtures.article(b).editor(editorOnB).publish();
        var draftOnB = fixtures.person("Draf Di B");
        var writerOfBothSites = fixtures.account(a, Role.WRITER);
        accounts.grant(writerOfBothSites.id(), b.id(), Role.WRITER);
        var draft = Fixtures.draft(b, writerOfB, "Draf situs B");
        drafting.create(writerOfB, b.id(), withWriters(draft, draftOnB.id()));

        for (var personId : List.of(
                writerOfB.personId(), writerOfBothSites.personId(), publishedOnB.id(), editorOnB.id(), draftOnB.id())) {
            var response = mvc.perform(rename(personId).with(user(admin.username())))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as("person %d", personId).isEqualTo(403);
        }
        assertThat(people.byIds(List.of(writerOfB.personId())).getFirst().name())
                .isEqualTo(name(writerOfB));
    }

    @Test
    void aSiteAdminRenamesTheirOwnWriterAndTheNetworkAdminRenamesAnyone() throws Exception {
        var a = fixtures.site().create();
        var b = fixtures.site().create();
        var admin = fixtures.account(a, Role.SITE_ADMIN);
        var writerOfA = fixtures.account(a, Role.WRITER);
        var writerOfB = fixtures.account(b, Role.WRITER);

        var own = mvc.perform(rename(writerOfA.personId()).with(user(admin.username())))
                .andReturn()
                .getResponse();
        var network = mvc.perform(rename(writerOfB.personId())
                        .with(user(fixtures.networkAdmin().username())))
                .andReturn()
                .getResponse();

        assertThat(own.getRedirectedUrl()).isEqualTo("/redaksi/admin/orang");
        assertThat(network.getRedirectedUrl()).isEqualTo("/redaksi/admin/orang");
        assertThat(people.byIds(List.of(writerOfA.personId(), writerOfB.personId())))
                .extracting(p -> p.name())
                .containsExactly("Nama Diubah", "Nama Diubah");
    }

    @Test
    void aSiteAdminChangesRolesOnlyOnTheirSitesAndOnlyOfTheirAccounts() throws Exception {
        var a = fixtures.site().create();
        var b = fixtures.site().create();
        var admin = fixtures.account(a, Role.SITE_ADMIN);
        var writerOfA = fixtures.account(a, Role.WRITER);
        var writerOfB = fixtures.account(b, Role.WRITER);

        var promote = status(role(writerOfA, a, "EDITOR"), admin);
        var onB = status(role(writerOfA, b, "EDITOR"), admin);
        var recruit = status(role(writerOfB, a, "WRITER"), admin);
        var demoteOnB = status(role(writerOfB, b, ""), admin);

        assertThat(List.of(promote, onB, recruit, demoteOnB)).containsExactly(302, 403, 403, 403);
        assertThat(accounts.byId(writerOfA.id()).orElseThrow().roles()).isEqualTo(Map.of(a.id(), Role.EDITOR));
        assertThat(accounts.byId(writerOfB.id()).orElseThrow().roles()).isEqualTo(Map.of(b.id(), Role.WRITER));
    }

    @Test
    void aSiteAdminCreatesAnAccountWithARoleOnTheirSite() throws Exception {
        var a = fixtures.site().create();
        var admin = fixtures.account(a, Role.SITE_ADMIN);

        var created = mvc.perform(newAccount("wartawan.baru", a, "WRITER").with(user(admin.username())))
                .andReturn()
                .getResponse();
        var withoutSite = mvc.perform(newAccount("tanpa.situs", null, "").with(user(admin.username())))
                .andReturn()
                .getResponse();

        assertThat(created.getRedirectedUrl()).isEqualTo("/redaksi/admin/pengguna");
        assertThat(accounts.active("wartawan.baru").orElseThrow().roles()).isEqualTo(Map.of(a.id(), Role.WRITER));
        assertThat(withoutSite.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(withoutSite.getContentAsString())
                        .select(".field-error, .error")
                        .text())
                .contains("Pilih situs");
        assertThat(accounts.exists("tanpa.situs")).isFalse();
    }

    @Test
    void aMessageInTheAddressIsNeverShown() throws Exception {
        var admin = fixtures.networkAdmin();

        for (var path : List.of("/redaksi/admin/pengguna", "/redaksi/admin/orang", "/redaksi/admin/situs")) {
            var html = mvc.perform(get(path)
                            .param("pesan", "Situs ini diretas, hubungi 0812")
                            .with(user(admin.username())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(path).doesNotContain("diretas");
        }
    }

    @Test
    void aRealActionsMessageShowsOnceAfterItsRedirect() throws Exception {
        var admin = fixtures.networkAdmin();

        var created = mvc.perform(newAccount("pesan.sekali", null, "").with(user(admin.username())))
                .andReturn()
                .getResponse();
        // the flash message waits in the session the cookie names (Spring Session, in the database)
        var session = created.getCookie("JSESSIONID");
        var first = mvc.perform(get(created.getRedirectedUrl()).cookie(session).with(user(admin.username())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var second = mvc.perform(get(created.getRedirectedUrl()).cookie(session).with(user(admin.username())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(created.getRedirectedUrl()).isEqualTo("/redaksi/admin/pengguna");
        assertThat(Jsoup.parse(first).select("[role=status]").text()).isEqualTo("Akun pesan.sekali dibuat.");
        assertThat(Jsoup.parse(second).select("[role=status]")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        var response =
                mvc.perform(request.with(user(actor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(user(actor.username())))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static MockHttpServletRequestBuilder rename(long personId) {
        return post("/redaksi/admin/orang/" + personId)
                .param("name", "Nama Diubah")
                .param("bio", "")
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder role(Actor account, Site site, String role) {
        return post("/redaksi/admin/pengguna/" + account.id() + "/peran")
                .param("siteId", String.valueOf(site.id()))
                .param("role", role)
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder newAccount(String username, Site site, String role) {
        return post("/redaksi/admin/pengguna")
                .param("username", username)
                .param("displayName", "Akun " + username)
                .param("password", Fixtures.PASSWORD)
                .param("siteId", site == null ? "" : String.valueOf(site.id()))
                .param("role", role)
                .with(csrf());
    }

    private static String name(Actor account) {
        return "Profil " + account.username();
    }

    private static ArticleContent withWriters(ArticleContent draft, long... personIds) {
        return draft.with(c -> c.writerIds(Arrays.stream(personIds).boxed().toList()));
    }
}

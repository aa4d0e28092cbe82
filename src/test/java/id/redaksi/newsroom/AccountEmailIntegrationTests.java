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
import id.redaksi.account.EmailAddress;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Where the newsroom mails someone: each person sets their own address at /redaksi/akun, an admin sets it for the
 * accounts they manage, on the new account form too. An address that is none is refused with the form kept.
 */
@PortalTest
class AccountEmailIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    Site site;
    Actor writer;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
    }

    @Test
    void everyoneSetsAndRemovesTheirOwnAddress() throws Exception {
        var page = page(writer, "/redaksi/akun");
        assertThat(page.select("input#email").val()).isEmpty();
        assertThat(page.select(".nr-user a[href=/redaksi/akun]").text()).isEqualTo(writer.displayName());

        var saved = send(writer, "/redaksi/akun/email", "email", "  dede@warta-malang.id ");

        assertThat(saved.getRedirectedUrl()).isEqualTo("/redaksi/akun");
        assertThat(email(writer)).isEqualTo("dede@warta-malang.id");
        assertThat(page(writer, "/redaksi/akun").select("input#email").val()).isEqualTo("dede@warta-malang.id");

        send(writer, "/redaksi/akun/email", "email", "");
        assertThat(email(writer)).isNull();
    }

    @Test
    void anAddressThatIsNoneIsRefusedWithTheTextKept() throws Exception {
        accounts.setEmail(writer.id(), new EmailAddress("lama@warta.id"));

        var refused = send(writer, "/redaksi/akun/email", "email", "dede di warta");

        assertThat(refused.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("input#email").val()).isEqualTo("dede di warta");
        assertThat(page.select("#email-error").text()).isEqualTo(EmailAddress.PROBLEM);
        assertThat(email(writer)).isEqualTo("lama@warta.id");
    }

    @Test
    void thePersonChangesOnlyTheirOwnAddressThere() throws Exception {
        var colleague = fixtures.account(site, Role.WRITER);
        accounts.setEmail(colleague.id(), new EmailAddress("rekan@warta.id"));

        mvc.perform(post("/redaksi/akun/email")
                        .param("email", "saya@warta.id")
                        .param("userId", String.valueOf(colleague.id()))
                        .with(user(writer.username()))
                        .with(csrf()))
                .andReturn();

        assertThat(email(colleague)).isEqualTo("rekan@warta.id");
        assertThat(email(writer)).isEqualTo("saya@warta.id");
        var anonymous = mvc.perform(
                        post("/redaksi/akun/email").param("email", "x@warta.id").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(anonymous.getRedirectedUrl()).endsWith("/redaksi/masuk");
    }

    @Test
    void anAdminSetsTheAddressOfAnAccountTheyManageAndNoOneElses() throws Exception {
        var siteAdmin = fixtures.account(site, Role.SITE_ADMIN);
        var editor = fixtures.account(site, Role.EDITOR);
        var elsewhere = fixtures.account(fixtures.site().create(), Role.WRITER);
        var path = "/redaksi/admin/pengguna/" + writer.id() + "/email";

        assertThat(send(siteAdmin, path, "email", "penulis@warta.id").getRedirectedUrl())
                .isEqualTo("/redaksi/admin/pengguna");
        assertThat(email(writer)).isEqualTo("penulis@warta.id");
        assertThat(page(siteAdmin, "/redaksi/admin/pengguna")
                        .select("input[aria-label=Email " + writer.username() + "]")
                        .val())
                .isEqualTo("penulis@warta.id");

        assertThat(send(editor, path, "email", "editor@warta.id").getStatus()).isEqualTo(403);
        assertThat(send(writer, path, "email", "sendiri@warta.id").getStatus()).isEqualTo(403);
        assertThat(send(siteAdmin, "/redaksi/admin/pengguna/" + elsewhere.id() + "/email", "email", "x@warta.id")
                        .getStatus())
                .isEqualTo(403);
        var refused = send(siteAdmin, path, "email", "penulis@");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("p.alert").text())
                .isEqualTo("Email " + writer.username() + ": " + EmailAddress.PROBLEM);
        assertThat(email(writer)).isEqualTo("penulis@warta.id");
        assertThat(email(elsewhere)).isNull();
    }

    @Test
    void aNewAccountMayBeGivenAnAddress() throws Exception {
        var admin = fixtures.networkAdmin();

        var created = mvc.perform(newAccount(admin, "akun.surel", "baru@warta.id"))
                .andReturn()
                .getResponse();
        var refused = mvc.perform(newAccount(admin, "akun.tanpa.surel", "baru warta"))
                .andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(accounts.active("akun.surel").orElseThrow().email()).isEqualTo("baru@warta.id");
        assertThat(refused.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#email-error").text()).isEqualTo(EmailAddress.PROBLEM);
        assertThat(page.select("input#email").val()).isEqualTo("baru warta");
        assertThat(accounts.exists("akun.tanpa.surel")).isFalse();
    }

    private MockHttpServletRequestBuilder newAccount(Actor admin, String username, String email) {
        return post("/redaksi/admin/pengguna")
                .param("username", username)
                .param("displayName", "Akun Surel")
                .param("password", Fixtures.PASSWORD)
                .param("siteId", String.valueOf(site.id()))
                .param("role", "WRITER")
                .param("email", email)
                .with(user(admin.username()))
                .with(csrf());
    }

    private String email(Actor actor) {
        return accounts.byId(actor.id()).orElseThrow().email();
    }

    private MockHttpServletResponse send(Actor actor, String path, String name, String value) throws Exception {
        return mvc.perform(post(path)
                        .param(name, value)
                        .with(user(actor.username()))
                        .with(csrf()))
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

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The newsroom speaks Indonesian unless an account chooses English at /redaksi/akun: then its layout and the account
 * page speak English to that account only, on every screen, and the sites' public pages keep their own language.
 */
@PortalTest
class AccountLanguageIntegrationTests {

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
    void anAccountSpeaksIndonesianUntilItChoosesEnglish() throws Exception {
        var before = page(writer, "/redaksi/akun");
        assertThat(before.select("html").attr("lang")).isEqualTo("id");
        assertThat(before.select(".nr-user button").text()).isEqualTo("Keluar");
        assertThat(before.select("h1").text()).isEqualTo("Akun saya");
        assertThat(before.select("select#language option[selected]").val()).isEqualTo("id");

        var chosen = choose(writer, "en");

        assertThat(chosen.getRedirectedUrl()).isEqualTo("/redaksi/akun");
        assertThat(accounts.active(writer.username()).orElseThrow().language()).isEqualTo("en");
        var after = page(writer, "/redaksi/akun");
        assertThat(after.select("html").attr("lang")).isEqualTo("en");
        assertThat(after.select(".nr-user button").text()).isEqualTo("Sign out");
        assertThat(after.select(".nr-user a").attr("title")).isEqualTo("My account");
        assertThat(after.select("h1").text()).isEqualTo("My account");
        assertThat(after.select("label[for=language]").text()).isEqualTo("Newsroom language");
        assertThat(after.select("select#language option[selected]").val()).isEqualTo("en");
        assertThat(page(writer, "/redaksi/").select(".nr-user button").text()).isEqualTo("Sign out");
    }

    @Test
    void theChoiceIsTheAccountsOwn() throws Exception {
        var colleague = fixtures.account(site, Role.WRITER);

        choose(writer, "en");

        assertThat(page(colleague, "/redaksi/").select(".nr-user button").text())
                .isEqualTo("Keluar");
        assertThat(page(colleague, "/redaksi/").select("html").attr("lang")).isEqualTo("id");
    }

    @Test
    void aLanguageTheNewsroomDoesNotSpeakIsRefused() throws Exception {
        choose(writer, "en");

        var refused = choose(writer, "fr");

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("p.alert").text())
                .isEqualTo("Choose one of the languages offered.");
        assertThat(accounts.active(writer.username()).orElseThrow().language()).isEqualTo("en");
        assertThat(choose(writer, "").getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse choose(Actor actor, String language) throws Exception {
        return mvc.perform(post("/redaksi/akun/bahasa")
                        .param("language", language)
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

package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No default password: an installation without accounts accepts one first network admin, made with the
 * one-time token, and then never again. Its own application context, so that its database starts as a
 * production start leaves it: without the demo profile, on the embedded database, no site and no account.
 */
@SpringBootTest(properties = "redaksi.setup.token=token-sekali-pakai-uji")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdminSetupIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(0)
    void aStartWithoutTheDemoProfileCreatesNoSiteAndNoAccount() {
        assertThat(jdbc.sql("select count(*) from site").query(Long.class).single())
                .isZero();
        assertThat(accounts.count()).isZero();
    }

    @Test
    @Order(1)
    void aWrongTokenCreatesNothing() throws Exception {
        var response = mvc.perform(setup("token-salah", "kepala", "kata-sandi-panjang-sekali"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Token tidak cocok dengan yang tercetak di log server.");
        assertThat(accounts.count()).isZero();
    }

    @Test
    @Order(2)
    void aShortPasswordIsRefusedNamingTheField() throws Exception {
        var response = mvc.perform(setup("token-sekali-pakai-uji", "kepala", "pendek"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"password-error\">minimal 12 karakter");
        assertThat(accounts.count()).isZero();
    }

    @Test
    @Order(3)
    void theRightTokenCreatesTheFirstNetworkAdminOnce() throws Exception {
        var created = mvc.perform(setup("token-sekali-pakai-uji", "kepala", "kata-sandi-panjang-sekali"))
                .andReturn()
                .getResponse();
        var again = mvc.perform(setup("token-sekali-pakai-uji", "penyusup", "kata-sandi-panjang-sekali"))
                .andReturn()
                .getResponse();

        assertThat(created.getRedirectedUrl()).isEqualTo("/redaksi/masuk?siap");
        assertThat(accounts.active("kepala"))
                .hasValueSatisfying(a -> assertThat(a.networkAdmin()).isTrue());
        assertThat(again.getRedirectedUrl()).isEqualTo("/redaksi/masuk");
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(mvc.perform(get("/redaksi/setup")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/redaksi/masuk");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder setup(
            String token, String username, String password) {
        return post("/redaksi/setup")
                .with(csrf())
                .param("token", token)
                .param("username", username)
                .param("displayName", "Kepala Redaksi")
                .param("password", password);
    }
}

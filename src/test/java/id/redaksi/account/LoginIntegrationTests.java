package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class LoginIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Browser browser;

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);

        var hash = jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD);
    }

    /** Over real HTTP: the sessions live in the database (Spring Session), not in the servlet container MockMvc mocks. */
    @Test
    void aGoodLoginLeadsToTheNewsroomWithANewSession() {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);
        var form = new LoginForm(browser);

        var answer = browser.post(
                "localhost",
                "/redaksi/masuk",
                "username=" + account.username() + "&password=" + Fixtures.PASSWORD + "&_csrf=" + form.token(),
                "Cookie",
                form.cookie(),
                "X-Forwarded-For",
                "10.0.0.1");

        assertThat(answer.header("Location")).endsWith("/redaksi/");
        var after = answer.header("Set-Cookie").split(";")[0];
        assertThat(after).startsWith("JSESSIONID=").isNotEqualTo(form.cookie());
        assertThat(browser.get("localhost", "/redaksi/", "Cookie", after).status())
                .isEqualTo(200);
        assertThat(browser.get("localhost", "/redaksi/", "Cookie", form.cookie())
                        .header("Location"))
                .endsWith("/redaksi/masuk");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var page = browser.get("localhost", "/redaksi/masuk");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie"))
                .startsWith("JSESSIONID=")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void aWrongPasswordSaysSoAndTheNextAttemptFromThatAddressWaitsAfterThreeFailures() throws Exception {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);

        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            var failed = mvc.perform(login(account.username(), "salah-" + i, "10.0.1.1"))
                    .andReturn()
                    .getResponse();
            assertThat(failed.getRedirectedUrl()).isEqualTo("/redaksi/masuk?gagal");
        }
        var blocked = mvc.perform(login(account.username(), Fixtures.PASSWORD, "10.0.1.1"))
                .andReturn()
                .getResponse();

        assertThat(blocked.getRedirectedUrl()).isEqualTo("/redaksi/masuk?tunggu");
        var page = mvc.perform(get("/redaksi/masuk?tunggu"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() throws Exception {
        var site = fixtures.site().create();
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            mvc.perform(login("tidak-ada-" + i, "salah", "10.0.2.1"));
        }
        var account = fixtures.account(site, Role.WRITER);

        var blocked = mvc.perform(login(account.username(), Fixtures.PASSWORD, "10.0.2.1"))
                .andReturn()
                .getResponse();
        var elsewhere = mvc.perform(login(account.username(), Fixtures.PASSWORD, "10.0.2.2"))
                .andReturn()
                .getResponse();

        assertThat(blocked.getRedirectedUrl()).isEqualTo("/redaksi/masuk?tunggu");
        assertThat(elsewhere.getRedirectedUrl()).isEqualTo("/redaksi/");
    }

    @Test
    void aLoginWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);

        var response = mvc.perform(post("/redaksi/masuk")
                        .param("username", account.username())
                        .param("password", Fixtures.PASSWORD))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        var account = fixtures.account(fixtures.site().create(), Role.EDITOR);
        jdbc.sql("update app_user set enabled = false where id = :id")
                .param("id", account.id())
                .update();

        var response = mvc.perform(login(account.username(), Fixtures.PASSWORD, "10.0.3.1"))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/masuk?gagal");
    }

    @Test
    void thePercentEncodedLoginPathIsThrottledLikeThePlainOne() {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);
        var form = new LoginForm(browser);

        var answers = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            answers.add(form.post("/redaksi/%6dasuk", account.username(), "salah-" + i, "10.0.4.1"));
        }
        var rightPassword = form.post("/redaksi/%6dasuk", account.username(), Fixtures.PASSWORD, "10.0.4.1");

        assertThat(answers)
                .containsExactly(
                        "/redaksi/masuk?gagal",
                        "/redaksi/masuk?gagal",
                        "/redaksi/masuk?gagal",
                        "/redaksi/masuk?tunggu",
                        "/redaksi/masuk?tunggu",
                        "/redaksi/masuk?tunggu");
        assertThat(rightPassword).isEqualTo("/redaksi/masuk?tunggu");
    }

    @Test
    void aBurstOfParallelWrongPasswordsGetsNoMorePasswordChecksThanTheAllowance() throws Exception {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);
        var form = new LoginForm(browser);
        var start = new CountDownLatch(1);

        List<String> answers;
        try (var threads = Executors.newFixedThreadPool(20)) {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < 20; i++) {
                var guess = "salah-" + i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return form.post("/redaksi/masuk", account.username(), guess, "10.0.6.1");
                }));
            }
            start.countDown();
            answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).filteredOn("/redaksi/masuk?gagal"::equals).hasSize(3);
        assertThat(answers).filteredOn("/redaksi/masuk?tunggu"::equals).hasSize(17);
    }

    @Test
    void theRightfulUserFromAnAddressThatDidNotFailLogsInDespiteAnAttackersFailures() throws Exception {
        var account = fixtures.account(fixtures.site().create(), Role.EDITOR);
        for (int i = 1; i <= 6; i++) {
            mvc.perform(login(account.username(), "tebakan-" + i, "10.0.7." + i));
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(account.username(), "tebakan-lagi-" + i, "10.0.7.1"));
        }

        var rightful = mvc.perform(login(account.username(), Fixtures.PASSWORD, "10.0.7.99"))
                .andReturn()
                .getResponse();

        assertThat(rightful.getRedirectedUrl()).isEqualTo("/redaksi/");
    }

    /** The login form as a browser holds it over real HTTP: one session, its CSRF token, any address via the proxy. */
    record LoginForm(Browser browser, String cookie, String token) {

        LoginForm(Browser browser) {
            this(browser, browser.get("localhost", "/redaksi/masuk"));
        }

        private LoginForm(Browser browser, Browser.Page page) {
            this(
                    browser,
                    page.header("Set-Cookie").split(";")[0],
                    page.html().selectFirst("input[name=_csrf]").val());
        }

        /** Where the answer sends the browser. */
        String post(String path, String username, String password, String address) {
            var form = "username=" + username + "&password=" + password + "&_csrf=" + token;
            var answer = browser.post("localhost", path, form, "Cookie", cookie, "X-Forwarded-For", address);
            var location = URI.create(answer.header("Location"));
            return location.getRawPath() + "?" + location.getRawQuery();
        }
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String username, String password, String address) {
        return post("/redaksi/masuk")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}

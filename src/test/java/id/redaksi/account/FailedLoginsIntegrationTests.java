package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.RequestIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** A failed login is one log line an operator can act on: who was tried, from where, why; never the password. */
@PortalTest
class FailedLoginsIntegrationTests {

    @Autowired
    Browser browser;

    @Autowired
    Fixtures fixtures;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void release() {
        root.detachAppender(log);
        log.stop();
    }

    @Test
    void aWrongPasswordIsOneLineWithNameAddressReasonAndRequestIdButNoPassword() {
        var account = fixtures.account(fixtures.site().create(), Role.WRITER);
        var password = "Rahasia-Sekali-8812";

        var requestId = post(account.username(), password, "203.0.113.21");

        assertThat(lines()).noneMatch(line -> line.contains(password));
        assertThat(failures()).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage())
                    .isEqualTo("Login failed for username '" + account.username()
                            + "' from 203.0.113.21: wrong username or password");
            assertThat(e.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, requestId);
        });
    }

    @Test
    void aTypedNameCannotForgeALineNorFloodOne() {
        var password = "Kata-Sandi-Tebakan-77";

        post("orang\nINFO Login succeeded for 'admin'", password, "203.0.113.22");
        post("x".repeat(5000), password, "203.0.113.23");

        assertThat(lines()).noneMatch(line -> line.contains(password));
        assertThat(failures())
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "Login failed for username 'orang?INFO Login succeeded for ?admin?' from 203.0.113.22: "
                                + "wrong username or password",
                        "Login failed for username '" + "x".repeat(64) + "…' from 203.0.113.23: "
                                + "wrong username or password");
    }

    /** Posts the login form as a browser does, with its session and CSRF token; answers the request's id. */
    private String post(String username, String password, String address) {
        var form = browser.get("localhost", LoginController.LOGIN);
        var cookie = form.header("Set-Cookie").split(";")[0];
        var token = form.html().selectFirst("input[name=_csrf]").val();
        var answer = browser.post(
                "localhost",
                LoginController.LOGIN,
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token,
                "Cookie",
                cookie,
                "X-Forwarded-For",
                address);
        assertThat(answer.header("Location")).endsWith(LoginController.LOGIN + "?gagal");
        return answer.header(RequestIds.HEADER);
    }

    private List<ILoggingEvent> failures() {
        synchronized (log.list) {
            return log.list.stream()
                    .filter(e -> e.getLoggerName().equals(FailedLogins.class.getName()))
                    .toList();
        }
    }

    /** Every captured line as it would be written, with its arguments and anything thrown. */
    private List<String> lines() {
        synchronized (log.list) {
            return log.list.stream()
                    .map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                            + (e.getThrowableProxy() == null
                                    ? ""
                                    : e.getThrowableProxy().getMessage()))
                    .toList();
        }
    }
}

package id.redaksi.account;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/**
 * One log line per failed login, for an operator (or fail2ban) to see guessing: the name tried, the client's address
 * and why. Never the password. The name is what a stranger typed, so it is cut short and stripped of control
 * characters, and cannot forge a line of its own.
 */
final class FailedLogins {

    private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);

    static final int LONGEST_NAME = 64;

    private FailedLogins() {}

    static void log(HttpServletRequest request, AuthenticationException failure) {
        log.info(
                "Login failed for username '{}' from {}: {}",
                sanitised(request.getParameter("username")),
                request.getRemoteAddr(),
                reason(failure));
    }

    static String sanitised(String username) {
        if (username == null) {
            return "";
        }
        var cut = username.length() > LONGEST_NAME ? username.substring(0, LONGEST_NAME) + "…" : username;
        return cut.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}'\\\\]", "?");
    }

    private static String reason(AuthenticationException failure) {
        if (failure instanceof ThrottledLogin.LoginThrottled) {
            return "too many recent failures, not checked";
        }
        if (failure instanceof AuthenticationServiceException) {
            return "the account could not be read, not checked";
        }
        if (failure instanceof DisabledException) {
            return "account disabled";
        }
        return "wrong username or password";
    }
}

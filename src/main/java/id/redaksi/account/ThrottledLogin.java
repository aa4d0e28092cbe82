package id.redaksi.account;

import java.time.Clock;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The application's only way to check a password, whatever path the login form was posted to: every
 * attempt passes the {@link LoginThrottle} first. Being the one {@link AuthenticationManager} bean also keeps
 * Spring from assembling an unthrottled one from a user details service.
 */
@Component
class ThrottledLogin implements AuthenticationManager {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Clock clock;

    ThrottledLogin(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new AccountUserDetails(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (!throttle.reserve(attempt.getName(), address, clock.instant())) {
            throw new LoginThrottled(attempt.getName());
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException | DataAccessException e) {
            // the account could not be read, so the password was never judged: not a failure to count
            throttle.released(attempt.getName(), address);
            throw e instanceof InternalAuthenticationServiceException internal
                    ? internal
                    : new InternalAuthenticationServiceException(e.getMessage(), e);
        }
        throttle.succeeded(attempt.getName(), address);
        return authenticated;
    }

    /** Too many recent failures: turned away before the password was looked at. */
    static class LoginThrottled extends AuthenticationException {

        LoginThrottled(String username) {
            super("login attempts for " + username + " must wait");
        }
    }
}

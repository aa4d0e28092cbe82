package id.redaksi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no default password. While an installation has no account, a one-time token (printed in the log
 * at start, or given as {@code redaksi.setup.token}) lets whoever runs the server create the first network
 * admin at {@code /redaksi/setup}; once any account exists the page refuses.
 */
@Component
class FirstAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final String token;

    FirstAdminSetup(Accounts accounts, JdbcClient jdbc, SetupSettings settings) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.token = settings.token() != null && !settings.token().isBlank() ? settings.token() : randomToken();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (isOpen()) {
            log.warn(
                    "Redaksi has no newsroom account yet. Create the first network admin at "
                            + "/redaksi/setup with the one-time token: {}",
                    token);
        }
    }

    boolean isOpen() {
        return accounts.count() == 0;
    }

    boolean accepts(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        candidate.strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the first admin, unless an account appeared meanwhile (two nodes, two browsers). */
    @Transactional
    boolean createFirstAdmin(String candidate, NewAccount account) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('redaksi.first-admin'))")
                .query()
                .singleRow();
        if (!accepts(candidate) || !isOpen()) {
            return false;
        }
        accounts.create(account, true);
        log.info("First network admin {} created", account.username());
        return true;
    }

    private static String randomToken() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

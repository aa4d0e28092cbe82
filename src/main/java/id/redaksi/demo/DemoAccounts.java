package id.redaksi.demo;

import id.redaksi.account.Accounts;
import id.redaksi.account.NewAccount;
import id.redaksi.account.Role;
import id.redaksi.article.Person;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Newsroom accounts for trying the demo: a network admin, and on each site a writer, an editor and a site
 * admin, each linked to a demo profile so their credits show. They exist only in a demo network, and share one
 * password that is never written anywhere but the log: random, unless the operator gives one.
 */
@Component
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Creates them, unless the installation has accounts already, and says in the log how to log in. */
    void createUnlessAnyExist(List<SiteCast> casts, DemoSettings settings) {
        if (accounts.count() > 0) {
            return;
        }
        var password = settings.passwordGiven() ? settings.password() : randomPassword();
        var made = String.join(", ", create(casts, password));
        afterCommit(() -> {
            if (settings.passwordGiven()) {
                log.warn("Demo accounts created ({}) with the password given as redaksi.demo.password", made);
            } else {
                log.warn(
                        // the password ends the line, so nothing a reader might take for part of it follows
                        "Demo accounts created ({}); never expose a demo installation to the internet. Their "
                                + "password, shown only this once: {}",
                        made,
                        password);
            }
        });
    }

    /**
     * On a later start the password printed at the first is not printed again (it is not kept anywhere to print);
     * a password the operator gives replaces it, for when that log is gone.
     */
    void keepOrReset(DemoSettings settings) {
        if (!settings.passwordGiven()) {
            if (Stream.of(usernames()).anyMatch(accounts::exists)) {
                log.info("The demo accounts keep the password printed when they were created; to set another, "
                        + "start with --redaksi.demo.password=...");
            }
            return;
        }
        long reset = Stream.of(usernames())
                .filter(username -> accounts.setPassword(username, settings.password()))
                .count();
        afterCommit(() -> log.warn("The {} demo accounts now have the password given as redaksi.demo.password", reset));
    }

    /** A password printed for accounts whose transaction then rolled back would be a lie. */
    private static void afterCommit(Runnable announcement) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            announcement.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                announcement.run();
            }
        });
    }

    static String randomPassword() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String[] usernames() {
        return Stream.concat(
                        Stream.of("admin"),
                        DemoSites.NETWORK.stream()
                                .flatMap(site -> Stream.of("penulis.", "editor.", "admin.")
                                        .map(prefix -> prefix + site.slug())))
                .toArray(String[]::new);
    }

    private List<String> create(List<SiteCast> casts, String password) {
        var admin = accounts.create(new NewAccount("admin", "Admin Jaringan", password), true);
        var made = new ArrayList<>(List.of(admin.username()));
        for (var cast : casts) {
            var slug = cast.site().slug();
            made.add(account("penulis." + slug, cast.writers().getFirst(), cast, Role.WRITER, password));
            made.add(account("editor." + slug, cast.editors().getFirst(), cast, Role.EDITOR, password));
            made.add(account("admin." + slug, cast.editors().getLast(), cast, Role.SITE_ADMIN, password));
        }
        return made;
    }

    private String account(String username, Person person, SiteCast cast, Role role, String password) {
        var actor = accounts.create(new NewAccount(username, person.name(), password), false);
        accounts.linkPerson(actor.id(), person.id());
        accounts.grant(actor.id(), cast.site().id(), role);
        return username;
    }
}

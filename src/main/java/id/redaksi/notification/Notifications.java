package id.redaksi.notification;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.newsroom.AssignmentMade;
import id.redaksi.newsroom.StoryPublished;
import id.redaksi.newsroom.StoryReturned;
import id.redaksi.newsroom.StorySubmitted;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails whom a newsroom step concerns, once the step committed (a refused or undone step mails nobody), on a thread
 * of its own. Whoever took the step is not told of it, nor is anyone without an address or with a disabled account.
 */
@Component
class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MailSettings settings;
    private final Accounts accounts;
    private final Sites sites;
    private final Mailer mailer;

    Notifications(MailSettings settings, Accounts accounts, Sites sites, Mailer mailer) {
        this.settings = settings;
        this.accounts = accounts;
        this.sites = sites;
        this.mailer = mailer;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(StorySubmitted e) {
        notify(
                e.siteId(),
                e.actorId(),
                () -> accounts.reviewersOf(e.siteId()),
                (site, base) -> Letters.submitted(site, base, e));
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(StoryReturned e) {
        notify(
                e.siteId(),
                e.actorId(),
                () -> accounts.linkedTo(e.writerIds()),
                (site, base) -> Letters.returned(site, base, e));
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(StoryPublished e) {
        notify(
                e.siteId(),
                e.actorId(),
                () -> accounts.linkedTo(e.writerIds()),
                (site, base) -> Letters.published(site, base, e));
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(AssignmentMade e) {
        notify(
                e.siteId(),
                e.actorId(),
                () -> accounts.linkedTo(List.of(e.personId())),
                (site, base) -> Letters.assigned(site, base, e));
    }

    private void notify(long siteId, Long actorId, Recipients recipients, BiFunction<Site, String, Letter> write) {
        if (!settings.enabled()) {
            return;
        }
        try {
            var site = sites.byId(siteId).orElseThrow();
            var letter = write.apply(site, settings.base(site.baseUrl()));
            mailer.send(addresses(recipients.list(), actorId), letter);
        } catch (RuntimeException e) {
            // the database away, a site removed meanwhile: the step stands, only its mail is lost
            log.warn("Notification for site {} not sent: {}", siteId, e.toString());
        }
    }

    /** One mail per address; the account that took the step is left out. */
    static List<String> addresses(List<Actor> recipients, Long actorId) {
        var byAddress = new LinkedHashMap<String, String>();
        recipients.stream()
                .filter(a -> a.email() != null && !Objects.equals(a.id(), actorId))
                .forEach(a -> byAddress.putIfAbsent(a.email().toLowerCase(Locale.ROOT), a.email()));
        return List.copyOf(byAddress.values());
    }

    @FunctionalInterface
    private interface Recipients {
        List<Actor> list();
    }
}

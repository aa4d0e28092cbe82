package id.redaksi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.EmailAddress;
import id.redaksi.account.Role;
import id.redaksi.newsroom.Assigning;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.NewAssignment;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.newsroom.StorySubmitted;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Each newsroom step that waits for someone mails them through a real SMTP server (GreenMail, {@code TestMailServer}):
 * one mail per person, with the site, the headline, who did it and the link to the story. Whoever took the step gets
 * none: each test makes the actor's account before the others', and the mails of a step go out in account order in
 * one connection, so a mail to the actor would have arrived before the ones the test waits for.
 */
@PortalTest
class NotificationIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Assigning assigning;

    @Autowired
    Accounts accounts;

    @Autowired
    Sites sites;

    @Autowired
    Mailer mailer;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    GreenMail smtp;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().named("Warta Surel").create();
    }

    @Test
    void aSubmittedStoryMailsTheSitesEditorsButNotTheEditorWhoSubmittedIt() throws Exception {
        var submitter = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var editor = mailable(Role.EDITOR);
        var siteAdmin = mailable(Role.SITE_ADMIN);
        var withoutAddress = fixtures.account(site, Role.EDITOR);
        var otherSitesEditor = mailable(fixtures.site().create(), Role.EDITOR);
        var story = drafting.create(submitter, site.id(), Fixtures.draft(site, submitter, "Banjir di Klojen"));

        newsroom.submit(submitter, site.id(), story.id());

        var mail = mailTo(editor).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Warta Surel] Naskah menunggu review: Banjir di Klojen");
        assertThat(text(mail))
                .startsWith(submitter.displayName() + " mengajukan naskah untuk direview:\n\n  Banjir di Klojen\n\n"
                        + "Buka naskah: http://" + site.slug() + ".test/redaksi/" + site.slug() + "/cerita/"
                        + story.id() + "\n");
        assertThat(Arrays.toString(mail.getFrom())).isEqualTo("[Redaksi Uji <redaksi@uji.test>]");
        assertThat(mailTo(siteAdmin)).hasSize(1);
        assertThat(received(submitter)).isEmpty();
        assertThat(received(writer)).isEmpty();
        assertThat(received(otherSitesEditor)).isEmpty();
        assertThat(withoutAddress.email()).isNull();
    }

    @Test
    void aReturnedStoryMailsItsWritersWithTheEditorsNote() throws Exception {
        var editor = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var coWriter = mailable(Role.WRITER);
        var bystander = mailable(Role.WRITER);
        var draft = Fixtures.draft(site, writer, "Harga Cabai Naik")
                .with(c -> c.writerIds(List.of(writer.personId(), coWriter.personId())));
        var story = drafting.create(writer, site.id(), draft);
        newsroom.submit(writer, site.id(), story.id());

        newsroom.requestChanges(editor, site.id(), story.id(), "Tambahkan harga di Pasar Besar.\nSebut sumbernya.");

        var mail = mailTo(writer).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Warta Surel] Naskah perlu perbaikan: Harga Cabai Naik");
        assertThat(text(mail))
                .startsWith(editor.displayName()
                        + " mengembalikan naskah Anda untuk diperbaiki:\n\n  Harga Cabai Naik\n\n"
                        + "Catatan editor:\nTambahkan harga di Pasar Besar.\nSebut sumbernya.\n\n"
                        + "Balas catatan dan perbaiki naskah: http://" + site.slug() + ".test/redaksi/" + site.slug()
                        + "/cerita/" + story.id() + "\n");
        assertThat(mailTo(coWriter)).hasSize(1);
        assertThat(subjects(editor)).containsExactly("[Warta Surel] Naskah menunggu review: Harga Cabai Naik");
        assertThat(received(bystander)).isEmpty();
    }

    @Test
    void aPublishedStoryMailsItsWritersButNotTheEditorWhoWroteAndPublishedIt() throws Exception {
        var editor = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var draft = Fixtures.draft(site, writer, "Jembatan Baru Dibuka")
                .with(c -> c.writerIds(List.of(editor.personId(), writer.personId())));
        var story = drafting.create(writer, site.id(), draft);

        newsroom.publish(editor, site.id(), story.id());

        var mail = mailTo(writer).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Warta Surel] Naskah terbit: Jembatan Baru Dibuka");
        assertThat(text(mail))
                .startsWith(editor.displayName() + " menerbitkan naskah Anda:\n\n  Jembatan Baru Dibuka\n\n"
                        + "Buka naskah: http://" + site.slug() + ".test/redaksi/" + site.slug() + "/cerita/"
                        + story.id() + "\n");
        assertThat(received(editor)).isEmpty();
    }

    @Test
    void aStoryPublishedAtItsScheduledTimeMailsItsWriters() throws Exception {
        var editor = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Terbit Terjadwal"));

        newsroom.schedule(editor, site.id(), story.id(), Instant.now().plusSeconds(1));

        var mail = mailTo(writer).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Warta Surel] Naskah terbit: Terbit Terjadwal");
        assertThat(text(mail)).startsWith("Naskah Anda terbit sesuai jadwal:\n\n  Terbit Terjadwal\n\n");
        assertThat(received(editor)).isEmpty();
    }

    @Test
    void publishingAnUpdateOfAPublishedStoryMailsNobodyAgain() throws Exception {
        var editor = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Pasar Malam"));
        newsroom.publish(editor, site.id(), story.id());
        assertThat(mailTo(writer)).hasSize(1);
        var edited = drafting.save(
                editor,
                site.id(),
                story.id(),
                newsroom.find(site.id(), story.id()).version(),
                Fixtures.draft(site, writer, "Pasar Malam Ditutup"));

        newsroom.publish(editor, site.id(), edited.id());
        newsroom.submit(
                writer,
                site.id(),
                drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Penanda"))
                        .id());

        // a mail for the update would have been sent before the submission that follows it was mailed
        assertThat(mailTo(editor).getFirst().getSubject()).endsWith("Penanda");
        assertThat(received(writer)).hasSize(1);
    }

    @Test
    void anAssignmentMailsTheAssignedWriterWithBriefAndDeadline() throws Exception {
        var editor = mailable(Role.EDITOR);
        var writer = mailable(Role.WRITER);
        var deadline =
                LocalDateTime.parse("2099-03-02T17:00").atZone(site.zone()).toInstant();

        assigning.assign(
                editor,
                site.id(),
                new NewAssignment("Liputan Pasar Induk", "Harga bawang sepekan.", writer.personId(), deadline));

        var mail = mailTo(writer).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Warta Surel] Penugasan baru: Liputan Pasar Induk");
        assertThat(text(mail))
                .startsWith(editor.displayName() + " memberi Anda penugasan:\n\n  Liputan Pasar Induk\n\n"
                        + "Harga bawang sepekan.\n\nTenggat: Senin, 2 Maret 2099, 17.00 WIB\n\n"
                        + "Mulai menulis dari meja redaksi: http://" + site.slug() + ".test/redaksi/\n");
        assertThat(received(editor)).isEmpty();
    }

    @Test
    void withMailDisabledNothingIsSent() throws Exception {
        var writer = mailable(Role.WRITER);
        var editor = mailable(Role.EDITOR);
        var event = new StorySubmitted(site.id(), 1, "Uji Mati", writer.id(), writer.displayName());
        var settings = new MailSettings(true, "Redaksi Uji <redaksi@uji.test>", null);
        var off = new MailSettings(false, null, null);

        // called directly, so each runs to its end here: the one that is on shows what the one that is off withheld
        new Notifications(off, accounts, sites, mailer).on(event);
        new Notifications(settings, accounts, sites, mailer).on(event);

        assertThat(received(editor)).hasSize(1);
    }

    @Test
    void anSmtpServerThatIsDownNeitherFailsNorUndoesTheStep() throws Exception {
        var writer = mailable(Role.WRITER);
        mailable(Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Gangguan Surel"));
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (var log = new MailerLog()) {
            withSmtpPort(closed, () -> {
                newsroom.submit(writer, site.id(), story.id());
                return log.warned(
                        "Mail \"[Warta Surel] Naskah menunggu review: Gangguan Surel\" to 1 address(es) could not be sent");
            });
        }

        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.SUBMITTED);
    }

    @Test
    void anSmtpServerThatDoesNotAnswerDoesNotSlowTheStep() throws Exception {
        var writer = mailable(Role.WRITER);
        mailable(Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Surel Lambat"));
        try (var silent = new ServerSocket(0)) {
            var connected = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    return null;
                }
            });
            withSmtpPort(silent.getLocalPort(), () -> {
                long start = System.nanoTime();
                newsroom.submit(writer, site.id(), story.id());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                return eventually(connected::isDone);
            });
            assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.SUBMITTED);
            connected.join().close();
        }
    }

    /** Sends to another port until {@code done}; the port is read when a mail connects, so wait for that. */
    private void withSmtpPort(int port, BooleanSupplier done) {
        int real = sender.getPort();
        sender.setPort(port);
        try {
            assertThat(done.getAsBoolean()).isTrue();
        } finally {
            sender.setPort(real);
        }
    }

    private Actor mailable(Role role) {
        return mailable(site, role);
    }

    private Actor mailable(Site on, Role role) {
        var actor = fixtures.account(on, role);
        accounts.setEmail(actor.id(), new EmailAddress(actor.username() + "@surel.test"));
        return accounts.byId(actor.id()).orElseThrow();
    }

    /** The mail to this account, waiting (up to 10 s) for at least one. */
    private List<MimeMessage> mailTo(Actor actor) throws MessagingException {
        eventually(() -> !received(actor).isEmpty());
        return received(actor);
    }

    private List<MimeMessage> received(Actor actor) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(actor.email()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The subjects of the mail to this account, waiting as {@link #mailTo} does: mail is sent after the step. */
    private List<String> subjects(Actor actor) throws MessagingException {
        return mailTo(actor).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage mail) throws IOException, MessagingException {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private static boolean eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** What {@link Mailer} logs while it is open. */
    private static final class MailerLog implements AutoCloseable {
        private final Logger logger = (Logger) LoggerFactory.getLogger(Mailer.class);
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        MailerLog() {
            appender.start();
            logger.addAppender(appender);
        }

        boolean warned(String start) {
            return eventually(() -> {
                synchronized (appender.list) {
                    return appender.list.stream()
                            .anyMatch(e -> e.getFormattedMessage().startsWith(start));
                }
            });
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
        }
    }
}

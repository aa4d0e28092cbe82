package id.redaksi.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands letters to the SMTP server, one message per address, so nobody sees who else got it and one refused address
 * does not stop the others. A failure is logged, never thrown: the step it tells of has already happened.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final JavaMailSender sender;

    Mailer(MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        this.settings = settings;
        this.sender = sender.getIfAvailable();
        if (settings.enabled() && this.sender == null) {
            throw new IllegalStateException("redaksi.mail.enabled=true needs an SMTP server: set spring.mail.host");
        }
    }

    void send(Collection<String> addresses, Letter letter) {
        if (addresses.isEmpty()) {
            return;
        }
        try {
            sender.send(addresses.stream().map(to -> message(to, letter)).toArray(MimeMessage[]::new));
        } catch (MailException | IllegalStateException e) {
            log.warn(
                    "Mail \"{}\" to {} address(es) could not be sent: {}",
                    letter.subject(),
                    addresses.size(),
                    e.toString());
        }
    }

    private MimeMessage message(String to, Letter letter) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(letter.subject());
            helper.setText(letter.body(), false);
        } catch (MessagingException e) {
            throw new IllegalStateException("mail to " + to + " could not be written", e);
        }
        return message;
    }
}

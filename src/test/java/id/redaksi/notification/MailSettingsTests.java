package id.redaksi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class MailSettingsTests {

    @Test
    void linksStartWithTheSitesAddressUnlessTheNewsroomHasOneOfItsOwn() {
        assertThat(new MailSettings(true, "a@b.id", null).base("https://malang.example.id"))
                .isEqualTo("https://malang.example.id");
        assertThat(new MailSettings(true, "a@b.id", " ").base("https://malang.example.id"))
                .isEqualTo("https://malang.example.id");
        assertThat(new MailSettings(true, "a@b.id", "https://redaksi.example.id/").base("https://malang.example.id"))
                .isEqualTo("https://redaksi.example.id");
    }

    @Test
    void mailOnNeedsASenderAddress() {
        assertThat(new MailSettings(true, " ", null).isFromGivenWhenEnabled()).isFalse();
        assertThat(new MailSettings(true, "Redaksi <redaksi@example.id>", null).isFromGivenWhenEnabled())
                .isTrue();
        assertThat(new MailSettings(false, null, null).isFromGivenWhenEnabled()).isTrue();
    }

    @Test
    void mailOffNeedsNoServerAndMailOnRefusesToStartWithoutOne() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        new Mailer(new MailSettings(false, null, null), none);
        assertThatThrownBy(() -> new Mailer(new MailSettings(true, "a@b.id", null), none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("redaksi.mail.enabled=true needs an SMTP server: set spring.mail.host");
    }
}

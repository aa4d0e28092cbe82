package id.redaksi.notification;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the newsroom mails its people; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled send mail at all; off by default, and while off nothing connects to any server
 * @param from the sender every mail names, such as {@code Redaksi <redaksi@example.id>}
 * @param newsroomUrl where links in mails start when the newsroom is reached at an address other than each site's
 *     own (without a trailing slash); empty: the site's address
 */
@Validated
@ConfigurationProperties("redaksi.mail")
public record MailSettings(@DefaultValue("false") boolean enabled, String from, String newsroomUrl) {

    @AssertTrue(message = "redaksi.mail.from is required when redaksi.mail.enabled=true")
    public boolean isFromGivenWhenEnabled() {
        return !enabled || (from != null && !from.isBlank());
    }

    /** The start of every link to the newsroom of a site whose readers' address is {@code siteUrl}. */
    String base(String siteUrl) {
        var base = newsroomUrl == null || newsroomUrl.isBlank() ? siteUrl : newsroomUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

package id.redaksi.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address the newsroom may mail, as typed and checked once: one {@code @}, something on each side, a dot in the
 * domain, no spaces or angle brackets, at most 254 characters (what SMTP carries). Whether it exists only a mail
 * server can tell.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]+");

    public static final String PROBLEM = "Alamat email tidak valid (contoh: nama@redaksi.id).";

    public EmailAddress {
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("no email address: " + value);
        }
    }

    /**
     * The address typed in a form: empty when the field was left blank (no address), refused with
     * {@link IllegalArgumentException} when it is no address.
     */
    public static Optional<EmailAddress> typed(String text) {
        var stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(new EmailAddress(stripped));
    }
}

package id.redaksi.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a page of a list ended: the last item's publishing time and id. Lists are ordered by both, newest first,
 * and the next page starts strictly after this pair, so articles published meanwhile cannot shift it: no gaps,
 * no repeats. Clients get it as an opaque base64url token so the format may change.
 */
record Cursor(Instant publishedAt, long id) {

    /** Before every article: the first page. */
    static final Cursor START = new Cursor(Instant.parse("9999-12-31T23:59:59Z"), Long.MAX_VALUE);

    private static final Pattern TOKEN = Pattern.compile("v1\\.(-?\\d{1,12})\\.(\\d{1,9})\\.(\\d{1,19})");

    String encode() {
        var text = "v1." + publishedAt.getEpochSecond() + "." + publishedAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<Cursor> decode(String token) {
        try {
            var m = TOKEN.matcher(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII));
            if (!m.matches()) {
                return Optional.empty();
            }
            var at = Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            return Optional.of(new Cursor(at, Long.parseLong(m.group(3))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}

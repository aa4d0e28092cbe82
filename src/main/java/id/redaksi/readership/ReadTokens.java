package id.redaksi.readership;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What only a page view has: the article page carries a token signed for its site, its article and the current
 * {@link #SLOT}, and a hit counts only with such a token. It is the same for every reader of a page in a slot, so the
 * page stays one set of bytes for the page cache and a CDN; a page is accepted while its slot and the two after it
 * last, at least 20 minutes, longer than a CDN serves a copy (five minutes fresh, ten more while it revalidates).
 * The bound on reads per address ({@link Readers}) is what stops one client replaying a token.
 */
@Component
public class ReadTokens {

    static final Duration SLOT = Duration.ofMinutes(10);

    /** Slots after the one a page was rendered in that still accept it. */
    private static final int LATER_SLOTS = 2;

    private static final int MAX_LENGTH = 40;

    private final Mac signer;
    private final Clock clock;

    @Autowired
    ReadTokens(ReadTokenKey key, Clock clock) {
        this(key.bytes(), clock);
    }

    ReadTokens(byte[] key, Clock clock) {
        try {
            this.signer = Mac.getInstance("HmacSHA256");
            signer.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
        this.clock = clock;
    }

    /** The token the article's page carries now. */
    public String forArticle(long siteId, long articleId) {
        return token(siteId, articleId, currentSlot());
    }

    /** Whether the token was signed for this article of this site lately (or in the next slot: a clock ahead). */
    boolean isValid(String token, long siteId, long articleId) {
        if (token == null || token.length() > MAX_LENGTH) {
            return false;
        }
        int dot = token.indexOf('.');
        long slot;
        try {
            slot = Long.parseLong(token, 0, Math.max(dot, 0), 36);
        } catch (NumberFormatException e) {
            return false;
        }
        long now = currentSlot();
        if (slot < now - LATER_SLOTS || slot > now + 1) {
            return false;
        }
        return MessageDigest.isEqual(
                token(siteId, articleId, slot).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private long currentSlot() {
        return clock.millis() / SLOT.toMillis();
    }

    /** The slot in base 36, a dot, then 132 bits of the signature in 22 characters: short enough for an address. */
    private String token(long siteId, long articleId, long slot) {
        var message = ByteBuffer.allocate(3 * Long.BYTES)
                .putLong(siteId)
                .putLong(articleId)
                .putLong(slot)
                .array();
        byte[] signature;
        try {
            // a copy of the initialised Mac: cheaper than a new one, and one Mac is not safe to share
            signature = ((Mac) signer.clone()).doFinal(message);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 can be cloned", e);
        }
        return Long.toString(slot, 36) + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(signature)
                        .substring(0, 22);
    }
}

package id.redaksi.readership;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Tells a first read from a reload by the same reader within {@link #WINDOW}. A reader is a hash of the client
 * address and user agent with a random salt that lives only in memory and changes every day, so no address is
 * kept, nothing links a reader across days, and no cookie is needed.
 */
@Component
class Readers {

    static final Duration WINDOW = Duration.ofMinutes(30);

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /* Compact keys, some 100 bytes an entry with the cache's own: a million recent reads take about 100 MB. */
    private final Cache<Key, Boolean> recent = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(1_000_000)
            .build();
    private volatile Salt salt;

    Readers(Clock clock) {
        this.clock = clock;
    }

    /** True the first time this reader reads this article within the window; false for a reload. */
    boolean firstRead(String address, String userAgent, long articleId) {
        var key = new Key(reader(address, userAgent), articleId);
        return recent.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** The first 64 bits of the hash: among a million readers a collision is a one-in-ten-million chance. */
    private long reader(String address, String userAgent) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(todaysSalt());
            digest.update((address + "\n" + userAgent).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private byte[] todaysSalt() {
        long today = Math.floorDiv(clock.millis(), DAY_MILLIS);
        var current = salt;
        if (current == null || current.day() != today) {
            var bytes = new byte[32];
            random.nextBytes(bytes);
            current = new Salt(today, bytes);
            salt = current;
        }
        return current.bytes();
    }

    /** @param day days since the epoch, in UTC */
    private record Salt(long day, byte[] bytes) {}

    private record Key(long reader, long articleId) {}
}

package id.redaksi.readership;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells a read to count from a reload by the same reader within {@link #WINDOW}, and from one client address
 * reading more than people behind one address do: at most {@code readsPerArticle} of one article in the window and
 * {@code readsPerMinute} in a minute, however many user agents it claims. A reader is a hash of the client address
 * and user agent, an address a hash of the address alone, with a random salt that lives only in memory and changes
 * every day, so no address is kept, nothing links a reader across days, and no cookie is needed.
 */
@Component
class Readers {

    static final Duration WINDOW = Duration.ofMinutes(30);

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Clock clock;
    private final int readsPerArticle;
    private final int readsPerMinute;
    private final SecureRandom random = new SecureRandom();
    /* Compact keys, some 100 bytes an entry with the cache's own: a million recent reads take about 100 MB. */
    private final Cache<Key, Boolean> recent;
    /* Counters made at an address's first read and never rewritten, so each bound is a fixed window from then. */
    private final Cache<Key, AtomicInteger> byArticle;
    private final Cache<Long, AtomicInteger> byMinute;
    private volatile Salt salt;

    @Autowired
    Readers(Clock clock, ReadershipSettings settings) {
        this(clock, settings.readsPerArticle(), settings.readsPerMinute());
    }

    Readers(Clock clock, int readsPerArticle, int readsPerMinute) {
        this.clock = clock;
        this.readsPerArticle = readsPerArticle;
        this.readsPerMinute = readsPerMinute;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.recent = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(WINDOW)
                .maximumSize(1_000_000)
                .build();
        this.byArticle = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(WINDOW)
                .maximumSize(1_000_000)
                .build();
        this.byMinute = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(1_000_000)
                .build();
    }

    /**
     * True the first time this reader reads this article within the window, while its address is within both
     * bounds; false for a reload, or a read beyond a bound.
     */
    boolean counts(String address, String userAgent, long articleId) {
        var todays = todaysSalt();
        var key = new Key(hash(todays, address + "\n" + userAgent), articleId);
        if (recent.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            return false;
        }
        long from = hash(todays, address);
        // a read past the minute's bound uses none of the article's, so the address may read it later
        return withinBound(byMinute.get(from, k -> new AtomicInteger()), readsPerMinute)
                && withinBound(byArticle.get(new Key(from, articleId), k -> new AtomicInteger()), readsPerArticle);
    }

    /** Counts at most {@code bound} takes; past it the counter stays at the bound, so it cannot overflow. */
    private static boolean withinBound(AtomicInteger taken, int bound) {
        return taken.getAndUpdate(n -> Math.min(n + 1, bound)) < bound;
    }

    /** The first 64 bits of the hash: among a million readers a collision is a one-in-ten-million chance. */
    private static long hash(byte[] salt, String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
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

    private record Key(long who, long articleId) {}
}

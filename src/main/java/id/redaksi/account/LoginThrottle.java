package id.redaksi.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with waits that double, never with a lock a stranger can trigger. Failures count
 * three ways: per account and address, per account, and per address. Each has a few free failures; after
 * those, the next attempt must wait 5 s, then 10 s, 20 s ... at most 15 minutes after the last failure, and an
 * attempt during the wait is turned away without its password being checked.
 *
 * <p>So one address's failures never hold up another address below the looser account and address
 * ceilings; and those ceilings do not hold up an address that has logged into the account before: a guesser
 * spread over many addresses slows the account down for new addresses only, while the rightful user at their
 * usual address still gets in.
 *
 * <p>Kept in memory per node; a guesser spread over nodes meets each node's limits.
 */
@Component
class LoginThrottle {

    static final int FREE_PER_PAIR = 3;
    static final int FREE_PER_ACCOUNT = 10;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten; longer than the longest wait, so a capped guesser stays capped. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Cache<String, Failures> pairs = cache(FORGET_AFTER);
    private final Cache<String, Failures> accounts = cache(FORGET_AFTER);
    private final Cache<String, Failures> addresses = cache(FORGET_AFTER);
    private final Cache<String, Boolean> knownGood = cache(Duration.ofDays(30));

    /** Failures in a row and when the last one was reserved. */
    record Failures(int count, Instant last) {

        static final Failures NONE = new Failures(0, Instant.MIN);

        boolean allowsAttemptAt(Instant now, int free) {
            return count < free || !now.isBefore(last.plus(waitAfter(count - free)));
        }

        Failures plusOneAt(Instant now) {
            return new Failures(count + 1, now);
        }

        Failures minusOne() {
            return new Failures(Math.max(0, count - 1), last);
        }
    }

    /**
     * Decides whether this attempt's password may be checked and, if so, counts it as failed already.
     * Counting before the check is what stops a burst: twenty requests sent at once are reserved one after
     * another under this lock, so only the free ones reach the password check. A success refunds it.
     * One lock for all three counters keeps them consistent; a login takes far longer than this does.
     */
    synchronized boolean reserve(String username, String address, Instant now) {
        var pair = pairKey(username, address);
        var trusted = knownGood.getIfPresent(pair) != null;
        var allowed = current(pairs, pair, now).allowsAttemptAt(now, FREE_PER_PAIR)
                && (trusted
                        || current(accounts, account(username), now).allowsAttemptAt(now, FREE_PER_ACCOUNT)
                                && current(addresses, address, now).allowsAttemptAt(now, FREE_PER_ADDRESS));
        if (allowed) {
            pairs.put(pair, current(pairs, pair, now).plusOneAt(now));
            accounts.put(
                    account(username), current(accounts, account(username), now).plusOneAt(now));
            addresses.put(address, current(addresses, address, now).plusOneAt(now));
        }
        return allowed;
    }

    /** The reserved attempt was the right password: the pair starts afresh and is trusted from now on. */
    synchronized void succeeded(String username, String address) {
        var pair = pairKey(username, address);
        pairs.invalidate(pair);
        knownGood.put(pair, true);
        accounts.asMap().computeIfPresent(account(username), (key, failures) -> failures.minusOne());
        addresses.asMap().computeIfPresent(address, (key, failures) -> failures.minusOne());
    }

    /**
     * The reserved attempt never reached a verdict on its password (the accounts could not be read): it is given
     * back, since an outage is nobody's failed login.
     */
    synchronized void released(String username, String address) {
        pairs.asMap().computeIfPresent(pairKey(username, address), (key, failures) -> failures.minusOne());
        accounts.asMap().computeIfPresent(account(username), (key, failures) -> failures.minusOne());
        addresses.asMap().computeIfPresent(address, (key, failures) -> failures.minusOne());
    }

    /** How long the attempt after {@code beyondFree + 1} failures beyond the free ones must wait. */
    static Duration waitAfter(int beyondFree) {
        if (beyondFree >= 20) {
            return LONGEST_WAIT;
        }
        var wait = FIRST_WAIT.multipliedBy(1L << beyondFree);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Failures current(Cache<String, Failures> cache, String key, Instant now) {
        var failures = cache.getIfPresent(key);
        return failures == null || now.isAfter(failures.last().plus(FORGET_AFTER)) ? Failures.NONE : failures;
    }

    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String address) {
        return account(username) + " " + address;
    }

    private static <V> Cache<String, V> cache(Duration expiry) {
        return Caffeine.newBuilder()
                .expireAfterWrite(expiry)
                .maximumSize(100_000)
                .build();
    }
}

package id.redaksi.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after a few failed logins an account, or an address trying many accounts,
 * must wait. Kept in memory per node; a guesser spread over nodes meets each node's limit.
 */
@Component
class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> accounts = counter();
    private final Cache<String, AtomicInteger> addresses = counter();

    boolean blocked(String username, String address) {
        return count(accounts, key(username)) >= PER_ACCOUNT || count(addresses, address) >= PER_ADDRESS;
    }

    void failed(String username, String address) {
        accounts.get(key(username), k -> new AtomicInteger()).incrementAndGet();
        addresses.get(address, k -> new AtomicInteger()).incrementAndGet();
    }

    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        var count = cache.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private static Cache<String, AtomicInteger> counter() {
        return Caffeine.newBuilder()
                .expireAfterWrite(WINDOW)
                .maximumSize(100_000)
                .build();
    }
}

package id.redaksi.pagecache;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory cache of rendered public pages.
 *
 * @param enabled keep rendered pages; off, every request renders its page as before
 * @param maxSize the most memory the cached pages may take, both their plain and their gzip bytes counted
 * @param ttl how long a page is served without rendering it again; a safety net, since publishing purges the pages
 *     it changes at once. Older pages stay in memory until evicted for room, to answer while the database is down.
 */
@Validated
@ConfigurationProperties("redaksi.page-cache")
public record PageCacheSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("256MB") @NotNull DataSize maxSize,
        @DefaultValue("1m") @NotNull Duration ttl) {

    @AssertTrue(message = "redaksi.page-cache.max-size must be between 1MB and 64GB")
    public boolean isMaxSizeInRange() {
        return maxSize == null || (maxSize.toMegabytes() >= 1 && maxSize.toGigabytes() <= 64);
    }

    @AssertTrue(message = "redaksi.page-cache.ttl must be between 1 second and 1 day")
    public boolean isTtlInRange() {
        return ttl == null || (ttl.toSeconds() >= 1 && ttl.compareTo(Duration.ofDays(1)) <= 0);
    }
}

package id.redaksi.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages in memory, bounded by their bytes. Entries do not expire: a page past its lifetime is
 * rendered anew on the next request but kept, so it can still answer when rendering fails for want of a database.
 *
 * <p>A render that began before a purge may have read what the purge was about; {@link #put} drops its page
 * rather than keep it for a whole lifetime. Every purge counts one generation, and a page is kept only if no
 * purge happened while it was rendered.
 */
@Component
class PageCache {

    private final Cache<PageKey, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private volatile long expiredBefore = Long.MIN_VALUE;

    PageCache(PageCacheSettings settings) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
                .recordStats()
                .build();
        this.ttlNanos = settings.ttl().toNanos();
    }

    /** The page whatever its age, or null. */
    CachedPage get(PageKey key) {
        return pages.getIfPresent(key);
    }

    /**
     * The page if it is kept and fresh, counted as a hit; else null, counting nothing, since the request then goes
     * on to {@link CachingPolicy}, whose {@link #get} counts it.
     */
    CachedPage freshOrNull(PageKey key) {
        var page = pages.asMap().get(key);
        if (page == null || !fresh(page)) {
            return null;
        }
        pages.getIfPresent(key);
        return page;
    }

    boolean fresh(CachedPage page) {
        return page.storedAt() > expiredBefore && System.nanoTime() - page.storedAt() < ttlNanos;
    }

    long now() {
        return System.nanoTime();
    }

    /** The generation to hand back to {@link #put}, taken before rendering starts. */
    long generation() {
        return generation.get();
    }

    /** Keeps the page unless a purge happened since {@code renderedInGeneration}; says whether it kept it. */
    boolean put(PageKey key, CachedPage page, long renderedInGeneration) {
        if (generation.get() != renderedInGeneration) {
            return false;
        }
        pages.put(key, page);
        // a purge between the check and the put saw no page to remove; take the possibly outdated one back out
        if (generation.get() != renderedInGeneration) {
            pages.asMap().remove(key, page);
            return false;
        }
        return true;
    }

    void purgeArticle(long siteId, long articleId) {
        purge(key -> key.showsArticle(siteId, articleId));
    }

    /** Drops the site's lists: what editors placed on its front or rubric pages changed. */
    void purgeLists(long siteId) {
        purge(key -> key.listsArticles(siteId));
    }

    /** Drops every page of these sites: their names, settings or rubrics changed. */
    void purgeSites(java.util.Set<Long> siteIds) {
        purge(key -> siteIds.contains(key.siteId()));
    }

    /** Drops every page: after this node may have missed purges, nothing it kept can be trusted. */
    void purgeAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** Lets every page kept so far go past its lifetime at once; tests use it to reach stale pages without waiting. */
    void expireAll() {
        expiredBefore = System.nanoTime();
    }

    /** The number of kept pages once every pending eviction is done (Caffeine evicts in the background). */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** Lookups that found a page or none, and pages evicted for room (not purges), for {@link PageCacheMetrics}. */
    CacheStats stats() {
        return pages.stats();
    }

    /** What the kept pages weigh: their plain and gzip bytes, and their keys. */
    long bytes() {
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    private void purge(Predicate<PageKey> affected) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(affected);
    }
}

package id.redaksi.pagecache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The page cache as an operator watches it: a low hit share or steady evictions say {@code redaksi.page-cache.max-size}
 * is too small for the pages readers ask for. Read from Caffeine's own statistics when scraped, so serving a page
 * costs nothing more.
 */
@Component
class PageCacheMetrics implements MeterBinder {

    private final PageCache cache;

    PageCacheMetrics(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        FunctionCounter.builder("redaksi.pagecache.hits", cache, c -> c.stats().hitCount())
                .description("Requests for a kept page that found it")
                .register(meters);
        FunctionCounter.builder(
                        "redaksi.pagecache.misses", cache, c -> c.stats().missCount())
                .description("Requests for a keepable page that found none kept")
                .register(meters);
        FunctionCounter.builder(
                        "redaksi.pagecache.evictions", cache, c -> c.stats().evictionCount())
                .description("Pages dropped to make room (purges not counted)")
                .register(meters);
        Gauge.builder("redaksi.pagecache.size", cache, PageCache::bytes)
                .description("Memory the kept pages take, plain and gzip")
                .baseUnit("bytes")
                .register(meters);
    }
}

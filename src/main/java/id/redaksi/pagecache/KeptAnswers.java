package id.redaksi.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The last good feed, sitemap and API answer of each address, only for the database's absence: these are rendered
 * for every request (feeds answer 304s by their own validators, apps poll the API), and while the database is down
 * the last copy beats a 503. Bounded by bytes; an address with a long query (a search, a cursor) is not kept, so
 * nobody pushes the others out by inventing addresses, and the last page of every list an app polls still fits.
 */
@Component
class KeptAnswers {

    /** A few thousand feeds and API lists; pages have the {@link PageCache}'s much larger share. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final int LONGEST_QUERY = 120;

    private final Cache<PageKey, CachedPage> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
            .build();

    /** The key of the request's answer, or null when an answer to it is not worth keeping. */
    static PageKey key(long siteId, String host, String path, HttpServletRequest request) {
        var query = request.getQueryString();
        if (query != null && query.length() > LONGEST_QUERY) {
            return null;
        }
        return new PageKey(siteId, host, path, query == null ? "" : query);
    }

    CachedPage get(PageKey key) {
        return answers.getIfPresent(key);
    }

    /** Keeps the answer; the same bytes as before cost a comparison, not another gzip and digest. */
    void keep(PageKey key, byte[] body, String contentType, List<CachedPage.Header> headers, long now) {
        var kept = answers.getIfPresent(key);
        if (kept != null
                && Arrays.equals(kept.identity(), body)
                && kept.headers().equals(headers)) {
            return;
        }
        answers.put(key, CachedPage.of(body, contentType, now, headers));
    }
}

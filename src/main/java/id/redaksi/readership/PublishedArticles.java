package id.redaksi.readership;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.redaksi.site.Sites;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ids of each site's published articles and their rubrics, held in memory so that the beacon can tell a real
 * article from a made-up id without asking the database. A site's list is reloaded in the background a few seconds
 * after it was read, while the old one keeps answering; only a site never seen before waits for its first load.
 */
// a plain component: the beacon asks it on every hit, and a repository's exception-translation proxy
// would wrap each call
@Component
class PublishedArticles {

    static final Duration REFRESH = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final Sites sites;
    private final AsyncLoadingCache<Long, Snapshot> bySite;

    PublishedArticles(JdbcClient jdbc, Sites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.bySite = Caffeine.newBuilder()
                .refreshAfterWrite(REFRESH)
                .maximumSize(10_000)
                .buildAsync(this::load);
    }

    /**
     * Calls {@code counted} with the article's rubric id when the article is published on the site. Never blocks:
     * if the site's list is still loading, the check runs once it has arrived.
     */
    void whenPublished(long siteId, long articleId, LongConsumer counted) {
        bySite.get(siteId).thenAccept(snapshot -> {
            int at = Arrays.binarySearch(snapshot.ids(), articleId);
            if (at >= 0) {
                counted.accept(snapshot.rubrics()[at]);
            }
        });
    }

    /** Reads the site's list now; for a change that must count at once (tests, or a newsroom that just published). */
    void refresh(long siteId) {
        bySite.put(siteId, CompletableFuture.completedFuture(load(siteId)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        sites.all().forEach(site -> bySite.get(site.id()));
    }

    private Snapshot load(long siteId) {
        var rows = jdbc.sql("select id, rubric_id from article where site_id = :site order by id")
                .param("site", siteId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        var ids = new long[rows.size()];
        var rubrics = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i)[0];
            rubrics[i] = rows.get(i)[1];
        }
        return new Snapshot(ids, rubrics);
    }

    /** Two aligned arrays sorted by id: a few bytes per article, where a set of boxed ids would take tens. */
    private record Snapshot(long[] ids, long[] rubrics) {}
}

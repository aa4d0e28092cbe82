package id.redaksi.readership;

import id.redaksi.site.Sites;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ids of each site's published articles, held in memory so that the beacon can tell a real article from a
 * made-up id without asking the database. Each site's ids are read once, in the background after start; articles
 * published later are added as this node publishes them or as the counter's flush finds them in the database
 * (published on another node). Nothing is ever reloaded, however large the site: an id known here is only let
 * through to the counter, whose flush counts only articles still published, so a withdrawn article may stay.
 */
// a plain component: the beacon asks it on every hit, and a repository's exception-translation proxy
// would wrap each call
@Component
class PublishedArticles {

    private static final Logger log = LoggerFactory.getLogger(PublishedArticles.class);
    private static final long[] NONE = {};

    private final JdbcClient jdbc;
    private final Sites sites;
    /** Sorted ids as read at start: 8 bytes an article, where a set of boxed ids would take tens. */
    private final ConcurrentHashMap<Long, long[]> loaded = new ConcurrentHashMap<>();
    /** Published since then; a few hundred a day. */
    private final ConcurrentHashMap<Long, Set<Long>> added = new ConcurrentHashMap<>();

    PublishedArticles(JdbcClient jdbc, Sites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    boolean isKnown(long siteId, long articleId) {
        if (Arrays.binarySearch(loaded.getOrDefault(siteId, NONE), articleId) >= 0) {
            return true;
        }
        var since = added.get(siteId);
        return since != null && since.contains(articleId);
    }

    void add(long siteId, long articleId) {
        added.computeIfAbsent(siteId, site -> ConcurrentHashMap.newKeySet()).add(articleId);
    }

    /** Until a site's ids are in, its hits still count: the counter checks unknown ids against the database. */
    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread.ofVirtual().name("published-articles").start(() -> sites.all().forEach(site -> load(site.id())));
    }

    void load(long siteId) {
        try {
            var ids = jdbc.sql("select id from published_article where site_id = :site order by id")
                    .param("site", siteId)
                    .query(Long.class)
                    .list();
            loaded.put(siteId, ids.stream().mapToLong(Long::longValue).toArray());
        } catch (DataAccessException e) {
            log.warn("Could not read the published articles of site {}: {}", siteId, e.getMessage());
        }
    }
}

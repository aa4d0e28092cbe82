package id.redaksi.site;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The network's sites, held in memory: every public request resolves its site from the Host header, and
 * a network has a handful of sites that change rarely. Writes go to the database and reload the snapshot; a
 * snapshot that differs from the one before raises {@link SitesChanged}, which the page cache announces to the
 * other nodes when this node made the change. Every node also reads the sites again every few seconds
 * ({@code redaksi.site.recheck}), which bounds how long a node that missed an announcement shows the old ones.
 */
@Repository
public class Sites {

    private static final Logger log = LoggerFactory.getLogger(Sites.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private volatile Snapshot snapshot;

    Sites(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Site> all() {
        return snapshot().sites();
    }

    public Optional<Site> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        var name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && !name.endsWith("]")) {
            name = name.substring(0, colon);
        }
        return Optional.ofNullable(snapshot().byHost().get(name));
    }

    public Optional<Site> byId(long id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    public Optional<Site> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    @Transactional
    public Site create(NewSite site) {
        long id = jdbc.sql("""
                        insert into site (slug, name, dateline, tagline, base_url, time_zone, logo_path, position)
                        values (:slug, :name, :dateline, :tagline, :baseUrl, :zone, :logoPath,
                                (select count(*) from site))
                        returning id
                        """)
                .param("slug", site.slug())
                .param("name", site.name())
                .param("dateline", site.dateline())
                .param("tagline", site.tagline())
                .param("baseUrl", site.baseUrl())
                .param("zone", site.zone().getId())
                .param("logoPath", site.logoPath())
                .query(Long.class)
                .single();
        for (var host : site.hosts()) {
            jdbc.sql("insert into site_host (host, site_id) values (:host, :site)")
                    .param("host", host.toLowerCase(Locale.ROOT))
                    .param("site", id)
                    .update();
        }
        return changed().byId().get(id);
    }

    @Transactional
    public Rubric addRubric(long siteId, String slug, String name) {
        jdbc.sql("""
                        insert into rubric (site_id, slug, name, position)
                        values (:site, :slug, :name, (select count(*) from rubric where site_id = :site))
                        """)
                .param("site", siteId)
                .param("slug", slug)
                .param("name", name)
                .update();
        return Optional.ofNullable(changed().byId().get(siteId))
                .flatMap(s -> s.rubric(slug))
                .orElseThrow();
    }

    /** Replaces the site's ads; the change reaches every node's pages as any change of a site does. */
    @Transactional
    public Site changeAds(long siteId, SiteAds ads) {
        AdRows.save(jdbc, siteId, ads);
        return changed().byId().get(siteId);
    }

    /** Reads the sites again: when another node announces a change, and after a node's LISTEN connection came back. */
    public void reload() {
        read();
    }

    /** Synchronized, so that a slow read never replaces a newer one. */
    private synchronized Snapshot read() {
        var fresh = load();
        var before = snapshot;
        snapshot = fresh;
        if (before != null) {
            var changed = fresh.changedSince(before);
            if (!changed.isEmpty()) {
                events.publishEvent(new SitesChanged(changed));
            }
        }
        return fresh;
    }

    /** Bounds how long a node that missed another node's announcement shows the sites as they were. */
    @Scheduled(fixedDelayString = "${redaksi.site.recheck:5s}", initialDelayString = "${redaksi.site.recheck:5s}")
    void recheck() {
        try {
            read();
        } catch (DataAccessException e) {
            log.debug("Sites not read again: {}", e.toString());
        }
    }

    /**
     * A write's reload, inside its transaction (it sees its own change); once the transaction ends, what is committed
     * is read again, so that a recheck that read the committed rows in between, or a rollback, leaves nothing behind.
     */
    private Snapshot changed() {
        var fresh = read();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    read();
                }
            });
        }
        return fresh;
    }

    private Snapshot snapshot() {
        var current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<Long, List<Rubric>> rubrics = jdbc
                .sql("select id, site_id, slug, name, position from rubric order by position, id")
                .query((rs, n) -> new Rubric(
                        rs.getLong("id"),
                        rs.getLong("site_id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getInt("position")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Rubric::siteId));
        var ads = AdRows.load(jdbc);
        var sites = jdbc.sql("""
                        select s.*, array(select h.host from site_host h where h.site_id = s.id order by h.host) as hosts
                        from site s order by s.position, s.id
                        """)
                .query((rs, n) -> new Site(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("dateline"),
                        rs.getString("tagline"),
                        rs.getString("base_url"),
                        rs.getString("language"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getString("logo_path"),
                        Arrays.asList((String[]) rs.getArray("hosts").getArray()),
                        rubrics.getOrDefault(rs.getLong("id"), List.of()),
                        ads.getOrDefault(rs.getLong("id"), SiteAds.NONE)))
                .list();
        return new Snapshot(sites);
    }

    private record Snapshot(List<Site> sites, Map<String, Site> byHost, Map<Long, Site> byId) {
        Snapshot(List<Site> sites) {
            this(List.copyOf(sites), hostIndex(sites), index(sites, Site::id));
        }

        /** The sites added, removed or changed since {@code before}. */
        Set<Long> changedSince(Snapshot before) {
            var ids = new HashSet<>(byId.keySet());
            ids.addAll(before.byId.keySet());
            ids.removeIf(id -> Objects.equals(byId.get(id), before.byId.get(id)));
            return Set.copyOf(ids);
        }

        private static Map<String, Site> hostIndex(Collection<Site> sites) {
            return sites.stream()
                    .flatMap(s -> s.hosts().stream().map(h -> Map.entry(h, s)))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        private static <K> Map<K, Site> index(Collection<Site> sites, Function<Site, K> key) {
            return sites.stream().collect(Collectors.toUnmodifiableMap(key, s -> s));
        }
    }
}

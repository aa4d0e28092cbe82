package id.redaksi.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
    private final SiteProfileRows profiles;
    private volatile Snapshot snapshot;

    Sites(JdbcClient jdbc, ApplicationEventPublisher events, SiteProfileRows profiles) {
        this.jdbc = jdbc;
        this.events = events;
        this.profiles = profiles;
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
        profiles.create(id);
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

    /** Saves what the site's admin set on the settings screen. */
    @Transactional
    public Site update(long siteId, SiteChange change) {
        jdbc.sql("update site set name = :name, tagline = :tagline, language = :language where id = :site")
                .param("site", siteId)
                .param("name", change.name())
                .param("tagline", change.tagline())
                .param("language", change.language())
                .update();
        profiles.update(siteId, change.footer());
        return changed().byId().get(siteId);
    }

    /**
     * Saves a static page, adding it after the site's others when it is new.
     *
     * @param bodyHtml already sanitised: this module knows no HTML rules, the caller applies the stories' ones
     */
    @Transactional
    public SitePage savePage(long siteId, String slug, String title, String bodyHtml) {
        profiles.savePage(siteId, slug, title, bodyHtml);
        return changed().byId().get(siteId).profile().page(slug).orElseThrow();
    }

    /**
     * Pins the site's breaking news bar, replacing any; every page of the site shows it until it ends. Like any change
     * of a site, it is announced at the commit and drops the site's pages on every node.
     */
    @Transactional
    public void pinBreaking(long siteId, BreakingNews news) {
        jdbc.sql("""
                        insert into site_breaking_news (site_id, text, url, article_id, ends_at)
                        values (:site, :text, :url, :article, :endsAt)
                        on conflict (site_id) do update
                        set text = excluded.text, url = excluded.url, article_id = excluded.article_id,
                            ends_at = excluded.ends_at
                        """)
                .param("site", siteId)
                .param("text", news.text())
                .param("url", news.url())
                .param("article", news.articleId())
                .param("endsAt", Timestamp.from(news.endsAt()))
                .update();
        changed();
    }

    /** Takes the site's breaking news bar down before its end. */
    @Transactional
    public void clearBreaking(long siteId) {
        jdbc.sql("delete from site_breaking_news where site_id = :site")
                .param("site", siteId)
                .update();
        changed();
    }

    /**
     * A bar that has ended is read no more, so reading the sites again changes its site and drops every page that
     * showed it. Each node does this by itself, from what it holds, within a second of the end; it asks the database
     * only when a bar has ended.
     */
    @Scheduled(fixedDelayString = "${redaksi.site.breaking-check:1s}")
    void endBreaking() {
        var now = Instant.now();
        if (snapshot().sites().stream()
                .anyMatch(s -> s.breaking() != null && !s.breaking().shownAt(now))) {
            recheck();
        }
    }

    /** Gives a rubric a new name; its slug, and so every address in it, stays. Empty when the site has no such rubric. */
    @Transactional
    public Optional<Rubric> renameRubric(long siteId, String slug, String name) {
        int renamed = jdbc.sql("update rubric set name = :name where site_id = :site and slug = :slug")
                .param("name", name)
                .param("site", siteId)
                .param("slug", slug)
                .update();
        if (renamed == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(changed().byId().get(siteId)).flatMap(s -> s.rubric(slug));
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
        var profiles = this.profiles.all();
        var ads = AdRows.load(jdbc);
        var sites = jdbc.sql("""
                        select s.*, array(select h.host from site_host h where h.site_id = s.id order by h.host) as hosts,
                               b.text as breaking_text, b.url as breaking_url, b.article_id as breaking_article,
                               b.ends_at as breaking_ends_at
                        from site s
                        left join site_breaking_news b on b.site_id = s.id and b.ends_at > :now
                        order by s.position, s.id
                        """)
                .param("now", Timestamp.from(Instant.now()))
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
                        profiles.getOrDefault(rs.getLong("id"), SiteProfile.EMPTY),
                        breaking(rs),
                        ads.getOrDefault(rs.getLong("id"), SiteAds.NONE)))
                .list();
        return new Snapshot(sites);
    }

    private static BreakingNews breaking(ResultSet rs) throws SQLException {
        var endsAt = rs.getTimestamp("breaking_ends_at");
        return endsAt == null
                ? null
                : new BreakingNews(
                        rs.getString("breaking_text"),
                        rs.getString("breaking_url"),
                        rs.getObject("breaking_article", Long.class),
                        endsAt.toInstant());
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

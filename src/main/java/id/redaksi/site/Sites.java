package id.redaksi.site;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's sites, held in memory: every public request resolves its site from the Host header, and
 * a network has a handful of sites that change rarely. Writes go to the database and reload the snapshot.
 */
@Repository
public class Sites {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        reload();
        return byId(id).orElseThrow();
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
        reload();
        return byId(siteId).flatMap(s -> s.rubric(slug)).orElseThrow();
    }

    /** Reads the sites again; called after every change here and when another node announces one. */
    public void reload() {
        snapshot = load();
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
                        rubrics.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return new Snapshot(sites);
    }

    private record Snapshot(List<Site> sites, Map<String, Site> byHost, Map<Long, Site> byId) {
        Snapshot(List<Site> sites) {
            this(List.copyOf(sites), hostIndex(sites), index(sites, Site::id));
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

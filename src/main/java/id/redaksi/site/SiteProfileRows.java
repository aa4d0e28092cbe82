package id.redaksi.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the sites' profiles (tables {@code site_profile} and {@code site_page}); {@link Sites} is the API. */
@Repository
class SiteProfileRows {

    private final JdbcClient jdbc;

    SiteProfileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new site's profile: every setting empty, and the pages every outlet publishes, each with a note to fill it. */
    void create(long siteId) {
        jdbc.sql("insert into site_profile (site_id) values (:site)")
                .param("site", siteId)
                .update();
        jdbc.sql("select site_required_pages(:site)")
                .param("site", siteId)
                .query()
                .listOfRows();
    }

    void update(long siteId, SiteFooter footer) {
        jdbc.sql("""
                        update site_profile set press_verified = :verified, press_certificate = :certificate,
                               press_url = :pressUrl, google_news_url = :googleNews, play_store_url = :playStore,
                               app_store_url = :appStore, facebook_url = :facebook, instagram_url = :instagram,
                               x_url = :x, youtube_url = :youtube, tiktok_url = :tiktok
                        where site_id = :site""")
                .param("site", siteId)
                .param("verified", footer.pressVerified())
                .param("certificate", footer.pressCertificate())
                .param("pressUrl", footer.pressUrl())
                .param("googleNews", footer.googleNewsUrl())
                .param("playStore", footer.playStoreUrl())
                .param("appStore", footer.appStoreUrl())
                .param("facebook", footer.facebookUrl())
                .param("instagram", footer.instagramUrl())
                .param("x", footer.xUrl())
                .param("youtube", footer.youtubeUrl())
                .param("tiktok", footer.tiktokUrl())
                .update();
    }

    /** Saves a page, a new one after the site's others. */
    void savePage(long siteId, String slug, String title, String bodyHtml) {
        jdbc.sql("""
                        insert into site_page (site_id, slug, title, body_html, position)
                        values (:site, :slug, :title, :body,
                                (select coalesce(max(position) + 1, 0) from site_page where site_id = :site))
                        on conflict (site_id, slug) do update
                        set title = excluded.title, body_html = excluded.body_html, updated_at = now()""")
                .param("site", siteId)
                .param("slug", slug)
                .param("title", title)
                .param("body", bodyHtml)
                .update();
    }

    /** Every site's profile, by site id; a site without a row (none, since the migration) has none here. */
    Map<Long, SiteProfile> all() {
        var pages = jdbc
                .sql("select * from site_page order by position, slug")
                .query((rs, n) -> Map.entry(rs.getLong("site_id"), page(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc
                .sql("select * from site_profile")
                .query((rs, n) -> Map.entry(
                        rs.getLong("site_id"),
                        new SiteProfile(footer(rs), pages.getOrDefault(rs.getLong("site_id"), List.of()))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static SitePage page(ResultSet rs) throws SQLException {
        return new SitePage(
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("body_html"),
                rs.getInt("position"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static SiteFooter footer(ResultSet rs) throws SQLException {
        return new SiteFooter(
                rs.getBoolean("press_verified"),
                rs.getString("press_certificate"),
                rs.getString("press_url"),
                rs.getString("google_news_url"),
                rs.getString("play_store_url"),
                rs.getString("app_store_url"),
                rs.getString("facebook_url"),
                rs.getString("instagram_url"),
                rs.getString("x_url"),
                rs.getString("youtube_url"),
                rs.getString("tiktok_url"));
    }
}

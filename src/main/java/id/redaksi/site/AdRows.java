package id.redaksi.site;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of {@link SiteAds}: read with the sites, written whole. */
final class AdRows {

    private AdRows() {}

    static Map<Long, SiteAds> load(JdbcClient jdbc) {
        var slots = new HashMap<Long, Map<AdPlacement, AdSlot>>();
        jdbc.sql("select * from site_ad_slot").query(rs -> {
            var slot = new AdSlot(
                    AdPlacement.valueOf(rs.getString("placement")),
                    rs.getString("code"),
                    rs.getString("image_url"),
                    rs.getString("link_url"),
                    rs.getObject("ends_on", LocalDate.class),
                    rs.getInt("height"));
            slots.computeIfAbsent(rs.getLong("site_id"), id -> new EnumMap<>(AdPlacement.class))
                    .put(slot.placement(), slot);
        });
        var ads = new HashMap<Long, SiteAds>();
        jdbc.sql("select * from site_ads").query(rs -> {
            long site = rs.getLong("site_id");
            ads.put(
                    site,
                    new SiteAds(
                            rs.getInt("in_article_after"),
                            strings(rs.getArray("origins")),
                            rs.getString("ads_txt"),
                            slots.getOrDefault(site, Map.of())));
        });
        return ads;
    }

    static void save(JdbcClient jdbc, long siteId, SiteAds ads) {
        jdbc.sql("""
                        insert into site_ads (site_id, in_article_after, origins, ads_txt)
                        values (:site, :after, :origins::text[], :adsTxt)
                        on conflict (site_id) do update set in_article_after = excluded.in_article_after,
                          origins = excluded.origins, ads_txt = excluded.ads_txt
                        """)
                .param("site", siteId)
                .param("after", ads.inArticleAfter())
                .param("origins", ads.origins().toArray(String[]::new))
                .param("adsTxt", ads.adsTxt())
                .update();
        jdbc.sql("delete from site_ad_slot where site_id = :site")
                .param("site", siteId)
                .update();
        for (var slot : ads.slots().values()) {
            jdbc.sql("""
                            insert into site_ad_slot (site_id, placement, code, image_url, link_url, ends_on, height)
                            values (:site, :placement, :code, :image, :link, :endsOn, :height)
                            """)
                    .param("site", siteId)
                    .param("placement", slot.placement().name())
                    .param("code", slot.code())
                    .param("image", slot.imageUrl())
                    .param("link", slot.linkUrl())
                    .param("endsOn", slot.endsOn())
                    .param("height", slot.height())
                    .update();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

package id.redaksi.demo;

import id.redaksi.article.Slugs;
import id.redaksi.site.NewSite;
import java.awt.Color;
import java.time.ZoneId;
import java.util.List;

/** The demo network: four fictional regional sites and the rubric bar they share. */
final class DemoSites {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** Fixed, so that every fresh installation gets the same people and the same articles. */
    private static final long SEED = 19450817L;

    static final List<DemoSite> NETWORK = List.of(
            new DemoSite(
                    "malang",
                    "Warta Malang",
                    "WARTAMALANG",
                    "malang.localhost",
                    WIB,
                    "Kabar Malang Raya, Dekat dan Terpercaya"),
            new DemoSite(
                    "kediri",
                    "Warta Kediri",
                    "WARTAKEDIRI",
                    "kediri.localhost",
                    WIB,
                    "Suara Kediri Raya dari Lereng Kelud hingga Tepian Brantas"),
            new DemoSite(
                    "banyuwangi",
                    "Warta Banyuwangi",
                    "WARTABANYUWANGI",
                    "banyuwangi.localhost",
                    WIB,
                    "Kabar Bumi Blambangan Setiap Hari"),
            new DemoSite(
                    "makassar",
                    "Warta Makassar",
                    "WARTAMAKASSAR",
                    "makassar.localhost",
                    WITA,
                    "Berita Makassar dan Sulawesi Selatan, Tajam dan Berimbang"));

    static final List<DemoRubric> RUBRICS = List.of(
            new DemoRubric("Agama", new Color(0x2E7D32)),
            new DemoRubric("Ekonomi", new Color(0x1565C0)),
            new DemoRubric("Gaya Hidup", new Color(0xAD1457)),
            new DemoRubric("Hukum dan Kriminalitas", new Color(0x4E342E)),
            new DemoRubric("Internasional", new Color(0x00695C)),
            new DemoRubric("Kesehatan", new Color(0x00838F)),
            new DemoRubric("Kuliner", new Color(0xEF6C00)),
            new DemoRubric("Olahraga", new Color(0x2E7D32).brighter()),
            new DemoRubric("Opini", new Color(0x37474F)),
            new DemoRubric("Otomotif", new Color(0xC62828)),
            new DemoRubric("Pemerintahan", new Color(0x283593)),
            new DemoRubric("Pendidikan", new Color(0x6A1B9A)),
            new DemoRubric("Peristiwa", new Color(0xD84315)),
            new DemoRubric("Politik", new Color(0xB71C1C)),
            new DemoRubric("Profil", new Color(0x5D4037)),
            new DemoRubric("Ruang Mahasiswa", new Color(0x0277BD)),
            new DemoRubric("Ruang Sastra", new Color(0x7B1FA2)),
            new DemoRubric("Selebriti", new Color(0xC2185B)),
            new DemoRubric("Tekno", new Color(0x303F9F)),
            new DemoRubric("Transportasi", new Color(0x455A64)),
            new DemoRubric("Wisata", new Color(0x00897B)));

    private DemoSites() {}

    static DemoRubric rubric(String slug) {
        return RUBRICS.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }

    record DemoSite(String slug, String name, String dateline, String host, ZoneId zone, String tagline) {

        NewSite newSite(int port) {
            return new NewSite(slug, name, dateline, tagline, "http://" + host + ":" + port, zone, null, List.of(host));
        }

        /** Each site draws from its own sequence, so one site's articles do not change with another's. */
        long seed() {
            return SEED * 31 + slug.hashCode();
        }
    }

    record DemoRubric(String name, Color colour) {

        String slug() {
            return Slugs.of(name);
        }
    }
}

package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.search.SearchWords;
import id.redaksi.site.Site;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class SearchPageIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    SearchWords words;

    @Autowired
    JdbcClient jdbc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void findsAWordByItsStemAndMarksItInTheSnippet() {
        long id = publish(
                "Gudang Tua di Pelabuhan Digerebek", "<p>Polisi menemukan persenjataan rakitan di gudang.</p>", 1);

        var page = search("senjata");

        assertThat(page.select(".search-count").text()).isEqualTo("1 hasil");
        assertThat(titles(page)).containsExactly("Gudang Tua di Pelabuhan Digerebek");
        assertThat(page.select(".search-result h2 a").attr("href")).startsWith("/baca/" + id + "/");
        assertThat(page.select(".search-result .snippet").html())
                .isEqualTo("Polisi menemukan <mark>persenjataan</mark> rakitan di gudang");
        assertThat(page.select(".search-result .kicker").text()).isEqualTo("Politik");
    }

    @Test
    void aQuotedPhraseMatchesOnlyThatPhrase() {
        publish("Wisata Kota Lama Dibuka", "<p>Pengunjung memadati kota lama sejak pagi.</p>", 2);
        publish("Pindah Rumah", "<p>Sudah lama ia tinggal di kota itu.</p>", 1);

        assertThat(titles(search("\"kota lama\""))).containsExactly("Wisata Kota Lama Dibuka");
        assertThat(titles(search("kota lama"))).containsExactlyInAnyOrder("Wisata Kota Lama Dibuka", "Pindah Rumah");
    }

    @Test
    void aMinusExcludesAWord() {
        publish("Banjir di Pasar", "<p>Air masuk ke pasar.</p>", 2);
        publish("Banjir di Sekolah", "<p>Murid dipulangkan dari sekolah.</p>", 1);

        assertThat(titles(search("banjir -sekolah"))).containsExactly("Banjir di Pasar");
    }

    @Test
    void neverFindsAnotherSitesArticles() {
        var other = fixtures.site().create();
        fixtures.article(other).title("Gempa Guncang Pesisir").withoutImage().publish();

        var page = search("gempa");

        assertThat(page.select(".search-count").text()).isEqualTo("0 hasil");
        assertThat(titles(page)).isEmpty();
        assertThat(page.select(".empty").text()).isEqualTo("Tidak ada berita yang cocok dengan kata kunci ini.");
    }

    @Test
    void listsNewestFirstOrByRelevanceWhereATitleMatchRanksAboveABodyOnlyMatchEvenWhenOlder() {
        publish("Harga Cabai Naik Tajam", "<p>Pedagang mengeluh di pasar induk.</p>", 5);
        publish("Pasar Pagi Ramai", "<p>Pembeli mencari cabai sejak subuh.</p>", 1);

        var newest = search("cabai");
        assertThat(titles(newest)).containsExactly("Pasar Pagi Ramai", "Harga Cabai Naik Tajam");
        assertThat(newest.select(".search-order strong").text()).isEqualTo("Terbaru");
        assertThat(newest.select(".search-order a").attr("href")).isEqualTo("/cari?q=cabai&urut=relevan");

        var relevant = search("cabai", "&urut=relevan");
        assertThat(titles(relevant)).containsExactly("Harga Cabai Naik Tajam", "Pasar Pagi Ramai");
        assertThat(relevant.select(".search-order strong").text()).isEqualTo("Paling relevan");
        assertThat(relevant.select("input[name=urut]").attr("value")).isEqualTo("relevan");
    }

    @Test
    void countsAndListsAtMostAThousandMatchesInFiftyPages() {
        insertRonda(1001);

        var first = search("ronda");
        assertThat(first.select(".search-count").text()).isEqualTo("lebih dari 1.000 hasil");
        assertThat(titles(first).getFirst()).isEqualTo("Ronda Malam Ke 1");

        var last = search("ronda", "&halaman=50");
        assertThat(titles(last)).hasSize(20).last().isEqualTo("Ronda Malam Ke 1000");
        assertThat(last.select(".pager a[rel=next]")).isEmpty();
        assertFriendly(
                "/cari?q=ronda&halaman=51",
                "Pencarian menampilkan paling banyak 50 halaman. Persempit dengan kata kunci lain, kanal, atau tanggal.");
    }

    @Test
    void byRelevanceThePagerStopsAtTheRankedMatches() {
        insertRonda(150);

        var fifth = search("ronda", "&urut=relevan&halaman=5");
        assertThat(fifth.select(".search-count").text()).isEqualTo("150 hasil");
        assertThat(titles(fifth)).hasSize(20);
        assertThat(fifth.select(".pager a[rel=next]")).isEmpty();
        assertThat(search("ronda", "&halaman=5").select(".pager a[rel=next]")).hasSize(1);
    }

    @Test
    void anUnknownOrderIsABadRequestSayingWhichThereAre() {
        var response = browser.get(host(), "/cari?q=banjir&urut=acak");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().select(".error-page p").get(1).text())
                .isEqualTo("Urutan 'acak' tidak dikenal. Pilih 'terbaru' atau 'relevan'.");
    }

    @Test
    void filtersByRubricAndByDaysInTheSitesZone() {
        // 17:30 UTC is already the next day, 00:30, in Jakarta
        var elevenMarchInJakarta = Instant.parse("2024-03-10T17:30:00Z");
        fixtures.article(site)
                .rubric("ekonomi")
                .title("Pajak Daerah Naik")
                .publishedAt(elevenMarchInJakarta)
                .withoutImage()
                .publish();
        fixtures.article(site)
                .rubric("politik")
                .title("Pajak Dibahas Dewan")
                .publishedAt(Instant.parse("2024-03-01T03:00:00Z"))
                .withoutImage()
                .publish();

        assertThat(titles(search("pajak", "&kanal=ekonomi"))).containsExactly("Pajak Daerah Naik");
        assertThat(titles(search("pajak", "&sampai=2024-03-10"))).containsExactly("Pajak Dibahas Dewan");
        assertThat(titles(search("pajak", "&dari=2024-03-11&sampai=2024-03-11")))
                .containsExactly("Pajak Daerah Naik");
        var filtered = search("pajak", "&kanal=politik&dari=2024-02-01");
        assertThat(filtered.select("#cari-kanal option[selected]").attr("value"))
                .isEqualTo("politik");
        assertThat(filtered.select("#cari-dari").attr("value")).isEqualTo("2024-02-01");
    }

    @Test
    void pagesByTwentyKeepingTheQueryAndFilters() {
        for (int i = 1; i <= 21; i++) {
            fixtures.article(site)
                    .rubric("olahraga")
                    .title("Laga Sepak Bola Ke " + i)
                    .publishedAt(NOW.minus(i, ChronoUnit.MINUTES))
                    .withoutImage()
                    .publish();
        }

        var first = search("bola", "&kanal=olahraga");
        assertThat(first.select(".search-count").text()).isEqualTo("21 hasil");
        assertThat(first.select(".search-result")).hasSize(20);
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/cari?q=bola&kanal=olahraga&halaman=2");

        var second =
                browser.get(host(), "/cari?q=bola&kanal=olahraga&halaman=2").html();
        assertThat(titles(second)).containsExactly("Laga Sepak Bola Ke 21");
        assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/cari?q=bola&kanal=olahraga");
    }

    @Test
    void offersABetterSpellingWhenFewAreFound() {
        publish("Banjir Rendam Kampung Nelayan", "<p>Air setinggi lutut.</p>", 2);
        publish("Persenjataan Rakitan Disita", "<p>Polisi bergerak cepat.</p>", 1);
        words.refresh();

        var page = search("banjr kampung");
        assertThat(page.select(".search-suggestion").text()).isEqualTo("Maksud Anda: banjir kampung");
        assertThat(page.select(".search-suggestion a").attr("href")).isEqualTo("/cari?q=banjir%20kampung");

        var weapons = search("persenjatan");
        assertThat(weapons.select(".search-suggestion a").text()).isEqualTo("persenjataan");
        assertThat(search("banjir").select(".search-suggestion")).isEmpty();
    }

    @Test
    void theSnippetIsEscapedExceptForItsMarks() {
        publish("Harga Beras", "<p>Harga &lt;script&gt;alert(1)&lt;/script&gt; beras naik.</p>", 1);

        var response = browser.get(host(), "/cari?q=beras");

        assertThat(response.body()).doesNotContain("<script>alert");
        var snippet = response.html().select(".snippet").first();
        assertThat(snippet.select("mark").eachText()).containsExactly("beras");
        assertThat(snippet.select("script")).isEmpty();
        assertThat(snippet.text()).isEqualTo("Harga <script>alert(1)</script> beras naik");
    }

    @Test
    void emptyHugeAndSymbolQueriesGetAFriendlyPage() {
        assertFriendly("/cari", "Ketik kata kunci untuk mencari berita.");
        assertFriendly("/cari?q=%20%20", "Ketik kata kunci untuk mencari berita.");
        assertFriendly(
                "/cari?q=" + "a".repeat(10_000), "Kata kunci terlalu panjang. Gunakan paling banyak 200 karakter.");
        assertFriendly("/cari?q=" + encode("!@#$%^&*()\"-<>"), "Kata kunci harus berisi huruf atau angka.");
        var stopWords = browser.get(host(), "/cari?q=" + encode("yang dan \" -"));
        assertThat(stopWords.status()).isEqualTo(200);
        assertThat(stopWords.html().select(".search-count").text()).isEqualTo("0 hasil");
    }

    @Test
    void aBadDateIsABadRequestInIndonesian() {
        var response = browser.get(host(), "/cari?q=banjir&dari=kemarin");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().select(".error-page p").get(1).text())
                .isEqualTo("Tanggal 'dari' harus ditulis TTTT-BB-HH, misalnya 2024-01-31.");
    }

    @Test
    void theHeaderHasASearchBox() {
        var form = browser.get(host(), "/")
                .html()
                .select("header form[role=search]")
                .first();

        assertThat(form.attr("action")).isEqualTo("/cari");
        assertThat(form.select("input[name=q]")).hasSize(1);
    }

    private void assertFriendly(String path, String message) {
        var response = browser.get(host(), path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html().select(".search-message").text()).isEqualTo(message);
    }

    /** "Ronda Malam Ke 1" … "Ronda Malam Ke n", a minute apart going back from now; the newsroom is too slow for this. */
    private void insertRonda(int n) {
        jdbc.sql("""
                        insert into article (id, site_id, rubric_id, title, slug, body_html, published_at, updated_at)
                        select nextval('story_id_seq'), :site, :rubric, 'Ronda Malam Ke ' || i, 'ronda-malam-' || i,
                               '<p>Warga berjaga.</p>', now() - i * interval '1 minute', now()
                        from generate_series(1, :n) i
                        """)
                .param("site", site.id())
                .param("rubric", site.rubrics().getFirst().id())
                .param("n", n)
                .update();
    }

    private long publish(String title, String body, int hoursAgo) {
        return fixtures.article(site)
                .title(title)
                .body(body)
                .publishedAt(NOW.minus(hoursAgo, ChronoUnit.HOURS))
                .withoutImage()
                .publish();
    }

    private Document search(String query) {
        return search(query, "");
    }

    private Document search(String query, String filters) {
        var response = browser.get(host(), "/cari?q=" + encode(query) + filters);
        assertThat(response.status()).isEqualTo(200);
        return response.html();
    }

    private static java.util.List<String> titles(Document page) {
        return page.select(".search-result h2").eachText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

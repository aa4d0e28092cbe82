package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.article.Notice;
import id.redaksi.article.Person;
import id.redaksi.search.SearchWords;
import id.redaksi.site.Site;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A site whose language is English shows its readers no Indonesian: every kind of public page is read as a reader
 * sees it (text, titles, labels for screen readers), the site's own content is taken out, and what is left must hold
 * none of the Indonesian words the chrome used to be written in.
 */
@PortalTest
class EnglishSiteIntegrationTests {

    /** Words of the Indonesian chrome; none is an English word a page could rightly show. */
    private static final Set<String> INDONESIAN = Set.of(
            "baca",
            "juga",
            "dibaca",
            "kali",
            "penulis",
            "diperbarui",
            "foto",
            "topik",
            "kredit",
            "terkait",
            "ralat",
            "hak",
            "jawab",
            "pratinjau",
            "terpopuler",
            "lainnya",
            "terbaru",
            "indeks",
            "berita",
            "hari",
            "ini",
            "belum",
            "ada",
            "pembaca",
            "kanal",
            "halaman",
            "sebelumnya",
            "berikutnya",
            "cari",
            "kata",
            "kunci",
            "semua",
            "dari",
            "sampai",
            "urutkan",
            "paling",
            "relevan",
            "maksud",
            "anda",
            "tidak",
            "cocok",
            "hasil",
            "lebih",
            "periode",
            "untuk",
            "jam",
            "terakhir",
            "kembali",
            "beranda",
            "dicabut",
            "telah",
            "mencabut",
            "pada",
            "alasan",
            "langsung",
            "isi",
            "tentang",
            "kumpulan",
            "tulisan",
            "di",
            "harus",
            "nomor",
            "angka",
            "tanggal",
            "ditulis",
            "misalnya",
            "permintaan",
            "ditemukan",
            "alamat",
            "yang",
            "dan",
            "isian",
            "salah",
            "satu",
            "tanpa",
            "senin",
            "selasa",
            "rabu",
            "kamis",
            "jumat",
            "sabtu",
            "minggu",
            "januari",
            "februari",
            "maret",
            "mei",
            "juni",
            "juli",
            "agustus",
            "oktober",
            "desember",
            "agu",
            "okt",
            "des",
            "ketik",
            "terlalu",
            "panjang",
            "gunakan",
            "karakter",
            "huruf",
            "dengan",
            "ke");

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    private static final Instant NOON = DAY.atTime(12, 0).atZone(WIB).toInstant();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchWords words;

    Site site;
    Person writer;
    Person editor;
    long story;

    /** Everything the site's writers wrote, which is theirs and stays as they wrote it. */
    final List<String> content = new ArrayList<>();

    @BeforeEach
    void setUp() {
        site = fixtures.site()
                .named("Valley Daily")
                .rubrics("Politics", "Business")
                .language("en")
                .create();
        writer = fixtures.person("Alice Walker");
        editor = fixtures.person("Bob Stone");
        var floods = fixtures.topic(site, "Floods");
        for (int i = 0; i < 21; i++) {
            published(fixtures.article(site)
                    .title("Flood Warning Number " + i)
                    .body("<p>The river rose again.</p><p>People moved uphill.</p>")
                    .writers(writer)
                    .editor(editor)
                    .topics(floods)
                    .publishedAt(NOON.minus(i, ChronoUnit.MINUTES)));
        }
        story = published(fixtures.article(site)
                .title("Bridge Reopens After Repairs")
                .body(paragraphs(10))
                .writers(writer)
                .editor(editor)
                .topics(floods)
                .publishedAt(NOON.plus(1, ChronoUnit.HOURS))
                .updatedAt(NOON.plus(3, ChronoUnit.HOURS))
                .notice(Notice.Kind.RALAT, "The bridge is forty metres long.", NOON.plus(4, ChronoUnit.HOURS))
                .notice(Notice.Kind.HAK_JAWAB, "The contractor answers.", NOON.plus(5, ChronoUnit.HOURS)));
        long withdrawn =
                published(fixtures.article(site).title("Rumour About The Dam").writers(writer));
        fixtures.withdraw(withdrawn);
        content.add("Dicabut untuk pengujian.");
        reads(story, 1234);
        words.refresh();
        content.addAll(List.of(
                site.name(),
                site.tagline(),
                writer.name(),
                writer.bio(),
                editor.name(),
                "Floods",
                "Politics",
                "Business",
                "Suasana kegiatan warga.",
                "Dok. Redaksi",
                "The bridge is forty metres long.",
                "The contractor answers."));
        // the static pages' titles are the site's content, written by its admin (they start Indonesian)
        site.profile().pages().forEach(page -> content.add(page.title()));
    }

    @Test
    void everyPublicPageSpeaksEnglish() {
        var pages = new ArrayList<>(List.of(
                "/",
                articlePath(),
                "/kanal/politics",
                "/topik/floods",
                "/penulis/" + writer.slug(),
                "/indeks?tanggal=" + DAY,
                "/indeks?tanggal=" + DAY + "&halaman=2",
                "/terpopuler",
                "/terpopuler?periode=7hari",
                "/terpopuler?periode=30hari",
                "/cari?q=flood",
                "/cari?q=flood&urut=relevan",
                "/cari?q=flod",
                "/cari?q=volcano",
                "/cari",
                "/cari?q=" + "a".repeat(300),
                "/cari?q=%21%21",
                "/cari?q=flood&halaman=60",
                "/tidak/ada",
                "/kanal/politics?halaman=abc",
                "/indeks?tanggal=kemarin",
                "/indeks?tanggal=2999-01-01",
                "/terpopuler?periode=setahun",
                "/cari?q=flood&urut=acak",
                "/cari?q=flood&kanal=sports",
                "/cari?q=flood&dari=2024-03-05&sampai=2024-03-01",
                "/cari?q=flood&dari=kemarin",
                "/cari?q=flood&dari=1800-01-01"));
        pages.add(withdrawnPath());

        for (var path : pages) {
            var response = browser.get(host(), path);
            assertThat(indonesianIn(chromeText(response.body())))
                    .as("Indonesian words on %s (%d)", path, response.status())
                    .isEmpty();
        }
    }

    @Test
    void theArticleHasItsEnglishChromeDatesAndCounts() {
        var page = browser.get(host(), articlePath()).html();

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(page.select("time.published").text()).isEqualTo("5 Mar 2024, 13:00");
        assertThat(page.select(".dates .updated").text()).isEqualTo("Updated: 5 Mar 2024, 15:00");
        assertThat(page.select(".dates .reads").text()).isEqualTo("Read 1,234 times");
        assertThat(page.select(".baca-juga strong").eachText()).containsOnly("Read also:");
        assertThat(page.select(".byline").text()).isEqualTo("By: Alice Walker - Editor: Bob Stone");
        assertThat(page.select(".notice strong").eachText()).containsExactly("Correction", "Right of reply");
        assertThat(page.select(".credits dt").eachText()).containsExactly("Writer", "Editor");
        assertThat(page.select("script[type=application/ld+json]").first().data())
                .contains("\"inLanguage\":\"en\"");
    }

    @Test
    void listsAndErrorsHaveTheirEnglishHeadings() {
        assertThat(browser.get(host(), "/indeks?tanggal=" + DAY)
                        .html()
                        .select("h1")
                        .text())
                .isEqualTo("News Index Tuesday, 5 March 2024");
        assertThat(browser.get(host(), "/terpopuler").html().select("h1").text())
                .isEqualTo("Most Read in the Last 24 Hours");
        assertThat(browser.get(host(), "/cari?q=flood")
                        .html()
                        .select(".search-count")
                        .text())
                .isEqualTo("21 results");
        var missing = browser.get(host(), "/tidak/ada");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().select("h1").text()).isEqualTo("Page not found");
        var badDate = browser.get(host(), "/cari?q=flood&dari=kemarin");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.html().select(".error-page p").get(1).text())
                .isEqualTo("The \"From\" date must be written YYYY-MM-DD, for example 2024-01-31.");
        var gone = browser.get(host(), withdrawnPath());
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.html().select("h1").text()).isEqualTo("This story has been withdrawn");
    }

    @Test
    void theAnswerSaysItsLanguageAsTheSiteSpeaksIt() {
        var indonesian = fixtures.site().create();

        assertThat(browser.get(host(), "/").header("Content-Language")).isEqualTo("en");
        assertThat(browser.get(host(), "/tidak/ada").header("Content-Language")).isEqualTo("en");
        assertThat(browser.get(indonesian.hosts().getFirst(), "/").header("Content-Language"))
                .isEqualTo("id-ID");
        // the copies kept in memory say it too, not only the render that made them
        assertThat(browser.get(host(), "/").header("Content-Language")).isEqualTo("en");
        assertThat(browser.get(indonesian.hosts().getFirst(), "/").header("Content-Language"))
                .isEqualTo("id-ID");
    }

    @Test
    void feedsSitemapsAndTheApiSayTheSiteIsInEnglish() {
        published(fixtures.article(site).title("Fresh News Today").writers(writer));
        var rss = Jsoup.parse(browser.get(host(), "/rss.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(rss.select("channel > language").text()).isEqualTo("en");
        assertThat(rss.select("channel > description").text()).isEqualTo("The latest news from Valley Daily.");
        var news = browser.get(host(), "/sitemap-news.xml").body();
        assertThat(news).contains("<news:language>en</news:language>");
        assertThat(browser.get(host(), "/api/v1/site").body()).contains("\"language\":\"en\"");
    }

    /** The text a reader sees or hears: the page's text, its title and description, and its labels. */
    private String chromeText(String html) {
        var page = Jsoup.parse(html);
        page.select("script, style").remove();
        var text = new StringBuilder(page.text());
        for (var attribute : List.of("aria-label", "placeholder", "alt", "title")) {
            page.select("[" + attribute + "]").forEach(e -> text.append(' ').append(e.attr(attribute)));
        }
        page.select("meta[name=description], meta[property=og:title], meta[property=og:description]")
                .forEach(e -> text.append(' ').append(e.attr("content")));
        var chrome = text.toString();
        // the longest first, so that a site's name does not break its tagline ("News from Valley Daily") apart
        for (var own : content.stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .toList()) {
            chrome = chrome.replace(own, " ");
        }
        return chrome;
    }

    private static Set<String> indonesianIn(String text) {
        var found = new TreeSet<String>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(INDONESIAN::contains)
                .forEach(found::add);
        return found;
    }

    private long published(Fixtures.ArticleBuilder article) {
        long id = article.publish();
        var row = jdbc.sql("select title, lead from article where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getString("title"), rs.getString("lead")))
                .single();
        content.addAll(row);
        return id;
    }

    private void reads(long id, long reads) {
        var rubric = site.rubrics().getFirst().id();
        jdbc.sql("""
                        insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                        values (:id, :hour, :site, :rubric, :reads)
                        """)
                .param("id", id)
                .param("hour", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS)))
                .param("site", site.id())
                .param("rubric", rubric)
                .param("reads", reads)
                .update();
        jdbc.sql("insert into article_reads (article_id, site_id, total) values (:id, :site, :reads)")
                .param("id", id)
                .param("site", site.id())
                .param("reads", reads)
                .update();
    }

    private String articlePath() {
        return browser.get(host(), "/baca/" + story).header("Location");
    }

    private String withdrawnPath() {
        return "/baca/"
                + jdbc.sql("select article_id from article_withdrawal where site_id = :site")
                        .param("site", site.id())
                        .query(Long.class)
                        .single();
    }

    private static String paragraphs(int count) {
        var html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>Paragraph ").append(i).append(" of the story.</p>");
        }
        return html.toString();
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

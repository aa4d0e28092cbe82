package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.RawHttp;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.LiveReports;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.site.Site;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live report as readers get it: updates pinned first then newest, the LIVE mark on the page and its cards, the poll
 * answered from memory with a 304 while nothing is new, each update purging what a publication purges, the
 * LiveBlogPosting structured data, and the feed and the API carrying the updates.
 */
@PortalTest
class LiveReportIntegrationTests {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    LiveCoverage coverage;

    @Autowired
    QueryCounter queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    Site site;
    Actor writer;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void updatesShowPinnedFirstThenNewestWithTheirTimeInTheSitesZoneAndWriter() {
        long report = liveReport("Banjir Bandang di Batu");
        long first = post(report, "Hujan deras sejak pukul 13.00.");
        long second = post(report, "Sungai Brantas meluap.\nWarga mulai mengungsi.");
        long third = post(report, "Tim SAR tiba di lokasi.");
        coverage.pin(editor, site.id(), report, first, true);

        var page = html(http().canonical(report));

        var updates = page.select("#pembaruan .live-update");
        assertThat(updates.eachAttr("data-id"))
                .containsExactly(String.valueOf(first), String.valueOf(third), String.valueOf(second));
        assertThat(updates.get(0).hasClass("live-pinned")).isTrue();
        assertThat(updates.get(0).select(".live-pin").text()).isEqualTo("Disematkan");
        assertThat(updates.get(2).select(".live-text p").eachText())
                .containsExactly("Sungai Brantas meluap.", "Warga mulai mengungsi.");
        assertThat(updates.get(1).select(".live-writer").text()).isEqualTo(writer.displayName());
        var posted = postedAt(third);
        assertThat(updates.get(1).select(".live-meta time").text())
                .isEqualTo(CLOCK.format(posted.atZone(ZoneId.of("Asia/Jakarta"))) + " WIB");
        assertThat(updates.get(1).select(".live-meta time").attr("datetime"))
                .isEqualTo(IndonesianTime.iso(posted, site.zone()));
        assertThat(page.select("#pembaruan").attr("data-last")).isEqualTo(String.valueOf(third));
        assertThat(page.select("script[src='/js/live.js']")).hasSize(1);
    }

    @Test
    void aMakassarSitesUpdatesCarryWita() {
        site = fixtures.site().zone("Asia/Makassar").create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        long report = liveReport("Arus Balik di Pelabuhan Soekarno-Hatta");
        long update = post(report, "Antrean kendaraan mencapai dua kilometer.");

        var time = html(http().canonical(report))
                .select("#pembaruan-" + update + " time")
                .text();

        assertThat(time).isEqualTo(CLOCK.format(postedAt(update).atZone(ZoneId.of("Asia/Makassar"))) + " WITA");
    }

    @Test
    void theLiveMarkIsOnThePageAndEveryCardWhileLiveAndGoesWhenTheReportEnds() {
        long report = liveReport("Hitung Cepat Pilkada Kota Malang");
        fixtures.article(site).title("Harga Cabai Turun").publish();
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();

        assertThat(html(http().canonical(report))
                        .select(".story .kicker .live-mark")
                        .text())
                .isEqualTo("LIVE");
        for (var list : List.of("/", rubric)) {
            assertThat(liveCards(list)).as(list).containsExactly("Hitung Cepat Pilkada Kota Malang");
        }

        coverage.end(editor, site.id(), report, false);

        var page = html(http().canonical(report));
        assertThat(page.select(".live-mark")).isEmpty();
        assertThat(page.select(".live-ended").text()).isEqualTo("Laporan langsung ini telah berakhir.");
        assertThat(page.select("#pembaruan").attr("data-live")).isEqualTo("false");
        assertThat(page.select("script[src='/js/live.js']")).isEmpty();
        for (var list : List.of("/", rubric)) {
            assertThat(liveCards(list)).as(list).isEmpty();
        }
    }

    @Test
    void thePollAnswersFromMemoryWith304UntilAnUpdateAndThenOnlyWhatIsNew() {
        long report = liveReport("Laga Final Arema FC");
        long kickOff = post(report, "Babak pertama dimulai.");
        var poll = "/baca/" + report + "/pembaruan?setelah=" + kickOff;

        var first = http().get(poll);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, s-maxage=5");
        var empty = json.readTree(first.body());
        assertThat(empty.get("live").asBoolean()).isTrue();
        assertThat(empty.get("last").asLong()).isEqualTo(kickOff);
        assertThat(empty.get("updates")).isEmpty();
        var etag = first.headers().firstValue("ETag").orElseThrow();

        var repeat = new java.util.concurrent.atomic.AtomicReference<HttpResponse<byte[]>>();
        assertThat(queries.during(() -> repeat.set(http().get(poll, "If-None-Match", etag))))
                .isZero();
        assertThat(repeat.get().statusCode()).isEqualTo(304);
        assertThat(repeat.get().body()).isEmpty();

        long goal = post(report, "GOL! Arema unggul 1-0.");

        var fresh = http().get(poll, "If-None-Match", etag);
        assertThat(fresh.statusCode()).isEqualTo(200);
        var answer = json.readTree(fresh.body());
        assertThat(answer.get("last").asLong()).isEqualTo(goal);
        assertThat(answer.get("updates")).hasSize(1);
        assertThat(answer.get("updates").get(0).get("id").asLong()).isEqualTo(goal);
        var item = Jsoup.parse(answer.get("updates").get(0).get("html").asString());
        var onPage = html(http().canonical(report)).select("#pembaruan-" + goal).outerHtml();
        assertThat(item.select("article.live-update").outerHtml()).isEqualTo(onPage);
        assertThat(item.select(".live-text").text()).isEqualTo("GOL! Arema unggul 1-0.");
    }

    @Test
    void thePollRefusesWhatItDoesNotHave() {
        long report = liveReport("Mudik Lebaran di Tol Pandaan");
        long ordinary = fixtures.article(site).publish();
        long elsewhere = liveReportOn(fixtures.site().create());

        assertThat(http().get("/baca/" + report + "/pembaruan?setelah=999999999")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http().get("/baca/" + report + "/pembaruan?setelah=-1").statusCode())
                .isEqualTo(400);
        assertThat(http().get("/baca/" + report + "/pembaruan?setelah=satu").statusCode())
                .isEqualTo(400);
        assertThat(http().get("/baca/" + ordinary + "/pembaruan").statusCode()).isEqualTo(404);
        assertThat(http().get("/baca/" + elsewhere + "/pembaruan").statusCode()).isEqualTo(404);
        assertThat(http().get("/baca/" + report + "/pembaruan").statusCode()).isEqualTo(200);
    }

    @Test
    void aDraftsReportIsNotPolledNorShownBeforeItIsPublished() {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Gempa di Malang Selatan"));
        coverage.mark(writer, site.id(), story.id(), true);
        coverage.post(writer, site.id(), story.id(), new LiveReports.Draft("Getaran terasa hingga Blitar.", null));

        assertThat(http().get("/baca/" + story.id() + "/pembaruan").statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachUpdatePurgesTheReportsPageTheHomePageAndItsRubric() {
        long report = liveReport("Kebakaran Pasar Besar");
        var path = http().canonical(report);
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();
        var pages = List.of(path, "/", rubric);
        pages.forEach(page -> assertThat(text(page)).contains("Kebakaran Pasar Besar"));
        // behind the cache's back: the kept pages still show the old title, until something purges them
        jdbc.sql("update article set title = 'Kebakaran Pasar Besar Padam' where id = :id")
                .param("id", report)
                .update();
        pages.forEach(page -> assertThat(text(page)).as(page).doesNotContain("Kebakaran Pasar Besar Padam"));

        post(report, "Api berhasil dipadamkan pukul 16.10.");

        pages.forEach(page -> assertThat(text(page)).as(page).contains("Kebakaran Pasar Besar Padam"));
        assertThat(text(path)).contains("Api berhasil dipadamkan pukul 16.10.");
    }

    @Test
    void theStructuredDataIsALiveBlogPostingWithItsCoverageAndEachUpdate() {
        long report = liveReport("Pemilihan Wali Kota Batu");
        long first = post(report, "TPS dibuka pukul 07.00.");
        long second = post(report, "Partisipasi pemilih mencapai 70 persen.");
        var started = jdbc.sql("select started_at from live_report where article_id = :id")
                .param("id", report)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();

        var doc = jsonLd(html(http().canonical(report)));

        assertThat(doc.get("@type").asString()).isEqualTo("LiveBlogPosting");
        assertThat(doc.get("headline").asString()).isEqualTo("Pemilihan Wali Kota Batu");
        assertThat(doc.get("coverageStartTime").asString()).isEqualTo(IndonesianTime.iso(started, site.zone()));
        assertThat(doc.has("coverageEndTime")).isFalse();
        var updates = doc.get("liveBlogUpdate");
        assertThat(updates).hasSize(2);
        var newest = updates.get(0);
        assertThat(names(newest)).containsExactly("@type", "headline", "articleBody", "datePublished", "author");
        assertThat(newest.get("@type").asString()).isEqualTo("BlogPosting");
        assertThat(newest.get("headline").asString()).isEqualTo("Partisipasi pemilih mencapai 70 persen.");
        assertThat(newest.get("articleBody").asString()).isEqualTo("Partisipasi pemilih mencapai 70 persen.");
        assertThat(newest.get("datePublished").asString()).isEqualTo(IndonesianTime.iso(postedAt(second), site.zone()));
        assertThat(newest.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(newest.get("author").get("name").asString()).isEqualTo(writer.displayName());
        assertThat(updates.get(1).get("datePublished").asString())
                .isEqualTo(IndonesianTime.iso(postedAt(first), site.zone()));

        coverage.end(editor, site.id(), report, false);

        var ended = jsonLd(html(http().canonical(report)));
        var endedAt = jdbc.sql("select ended_at from live_report where article_id = :id")
                .param("id", report)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(ended.get("coverageEndTime").asString()).isEqualTo(IndonesianTime.iso(endedAt, site.zone()));
        assertThat(ended.get("dateModified").asString()).isEqualTo(IndonesianTime.iso(endedAt, site.zone()));
    }

    @Test
    void anOrdinaryArticleStaysANewsArticleWithoutAnUpdatesSection() {
        var page = html(http().canonical(fixtures.article(site).publish()));

        assertThat(jsonLd(page).get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(page.select("#pembaruan, .live-mark, script[src='/js/live.js']"))
                .isEmpty();
    }

    @Test
    void theFeedAndTheApiCarryTheUpdates() throws Exception {
        long report = liveReport("Karnaval Kemerdekaan");
        long update = post(report, "Peserta karnaval mulai berangkat dari Stadion Gajayana.");
        coverage.pin(editor, site.id(), report, update, true);

        var api = json.readTree(http().get("/api/v1/articles/" + report).body());
        var live = api.get("live");
        assertThat(live.get("live").asBoolean()).isTrue();
        assertThat(live.get("coverageEnd").isNull()).isTrue();
        assertThat(live.get("updates")).hasSize(1);
        var item = live.get("updates").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(update);
        assertThat(item.get("text").asString()).isEqualTo("Peserta karnaval mulai berangkat dari Stadion Gajayana.");
        assertThat(item.get("html").asString())
                .isEqualTo("<p>Peserta karnaval mulai berangkat dari Stadion Gajayana.</p>");
        assertThat(item.get("writer").asString()).isEqualTo(writer.displayName());
        assertThat(item.get("pinned").asBoolean()).isTrue();
        assertThat(item.get("postedAt").asString()).isEqualTo(IndonesianTime.iso(postedAt(update), site.zone()));
        assertThat(json.readTree(http().get("/api/v1/articles/"
                                        + fixtures.article(site).publish())
                                .body())
                        .get("live")
                        .isNull())
                .isTrue();

        var feed = Jsoup.parse(RawHttp.text(http().get("/rss.xml")), "", org.jsoup.parser.Parser.xmlParser());
        var reportItem = feed.select("item").stream()
                .filter(i -> i.selectFirst("title").text().equals("Karnaval Kemerdekaan"))
                .findFirst()
                .orElseThrow();
        var content = Jsoup.parse(reportItem.getElementsByTag("content:encoded").text());
        assertThat(content.select(".live-update p").eachText())
                .containsExactly(
                        CLOCK.format(postedAt(update).atZone(site.zone())) + " WIB " + writer.displayName(),
                        "Peserta karnaval mulai berangkat dari Stadion Gajayana.");
    }

    private long liveReport(String title) {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, title));
        coverage.mark(writer, site.id(), story.id(), true);
        newsroom.publish(editor, site.id(), story.id());
        return story.id();
    }

    private long liveReportOn(Site other) {
        var otherWriter = fixtures.account(other, Role.WRITER);
        var otherEditor = fixtures.account(other, Role.EDITOR);
        var story = drafting.create(otherWriter, other.id(), Fixtures.draft(other, otherWriter, "Laporan lain"));
        coverage.mark(otherWriter, other.id(), story.id(), true);
        newsroom.publish(otherEditor, other.id(), story.id());
        return story.id();
    }

    private long post(long report, String text) {
        return coverage.post(writer, site.id(), report, new LiveReports.Draft(text, null));
    }

    private Instant postedAt(long update) {
        return jdbc.sql("select posted_at from live_update where id = :id")
                .param("id", update)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private List<String> liveCards(String list) {
        return html(list).select(".card").stream()
                .filter(card -> card.selectFirst(".live-mark") != null)
                .peek(card -> assertThat(card.selectFirst(".live-mark").text()).isEqualTo("LIVE"))
                .map(card -> card.select(".card-title").text())
                .distinct()
                .toList();
    }

    private JsonNode jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .map(json::readTree)
                .filter(doc -> doc.has("headline"))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private Document html(String path) {
        var page = http().get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(RawHttp.text(page));
    }

    private String text(String path) {
        return html(path).text();
    }

    private RawHttp http() {
        return new RawHttp(port, site.hosts().getFirst());
    }
}

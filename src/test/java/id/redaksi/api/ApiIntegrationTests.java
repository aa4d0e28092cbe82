package id.redaksi.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.article.Notice;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class ApiIntegrationTests {

    private static final Instant SEP_5_2023_19_15_WIB = Instant.parse("2023-09-05T12:15:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Aplikasi").create();
    }

    @Test
    void theSiteWithItsRubrics() {
        var body = ok("/api/v1/site");

        assertThat(names(body))
                .containsExactly("slug", "name", "tagline", "url", "language", "timeZone", "logoUrl", "rubrics");
        assertThat(body.get("name").asString()).isEqualTo("Warta Aplikasi");
        assertThat(body.get("url").asString()).isEqualTo(url("/"));
        assertThat(body.get("language").asString()).isEqualTo("id");
        assertThat(body.get("timeZone").asString()).isEqualTo("Asia/Jakarta");
        assertThat(body.get("rubrics")
                        .valueStream()
                        .map(r -> r.get("slug").asString() + "=" + r.get("url").asString()))
                .containsExactly(
                        "politik=" + url("/kanal/politik"),
                        "ekonomi=" + url("/kanal/ekonomi"),
                        "olahraga=" + url("/kanal/olahraga"));
    }

    @Test
    void aWholeArticleWithEveryField() {
        var ghiska = fixtures.person("Ghiska Putri");
        var binti = fixtures.person("Binti Lestari");
        var editor = fixtures.person("Dewi Redaktur");
        var topic = fixtures.topic(site, "Pilkada Serentak");
        long id = fixtures.article(site)
                .rubric("ekonomi")
                .title("Harga Cabai Naik")
                .writers(ghiska, binti)
                .editor(editor)
                .topics(topic)
                .body("<p>Harga cabai <strong>naik</strong>.</p>")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .updatedAt(Instant.parse("2023-09-06T01:00:00Z"))
                .notice(Notice.Kind.RALAT, "Nama pasar diperbaiki.", Instant.parse("2023-09-06T01:00:00Z"))
                .publish();
        long related = fixtures.article(site)
                .title("Debat Calon")
                .topics(topic)
                .publishedAt(SEP_5_2023_19_15_WIB.minusSeconds(60))
                .publish();

        var a = ok("/api/v1/articles/" + id);

        assertThat(names(a))
                .containsExactly(
                        "id",
                        "url",
                        "title",
                        "lead",
                        "dateline",
                        "bodyHtml",
                        "publishedAt",
                        "updatedAt",
                        "reads",
                        "rubric",
                        "writers",
                        "editor",
                        "topics",
                        "image",
                        "gallery",
                        "video",
                        "notices",
                        "live",
                        "related");
        assertThat(a.get("id").asLong()).isEqualTo(id);
        assertThat(a.get("gallery").isEmpty()).isTrue();
        assertThat(a.get("video").isNull()).isTrue();
        assertThat(a.get("url").asString()).isEqualTo(url("/baca/" + id + "/20230905/191500/harga-cabai-naik"));
        assertThat(a.get("title").asString()).isEqualTo("Harga Cabai Naik");
        assertThat(a.get("lead").asString()).isEqualTo("Ringkasan: Harga Cabai Naik");
        assertThat(a.get("dateline").asString()).isEqualTo("WARTAAPLIKASI");
        assertThat(a.get("bodyHtml").asString()).isEqualTo("<p>Harga cabai <strong>naik</strong>.</p>");
        assertThat(a.get("publishedAt").asString()).isEqualTo("2023-09-05T19:15:00+07:00");
        assertThat(a.get("updatedAt").asString()).isEqualTo("2023-09-06T08:00:00+07:00");
        assertThat(a.get("reads").asLong()).isZero();
        assertThat(a.get("rubric").get("name").asString()).isEqualTo("Ekonomi");
        assertThat(a.get("writers")
                        .valueStream()
                        .map(w -> w.get("name").asString() + " " + w.get("url").asString()))
                .containsExactly(
                        "Ghiska Putri " + url("/penulis/" + ghiska.slug()),
                        "Binti Lestari " + url("/penulis/" + binti.slug()));
        assertThat(a.get("editor").get("url").asString()).isEqualTo(url("/penulis/" + editor.slug()));
        assertThat(a.get("topics").get(0).get("url").asString()).isEqualTo(url("/topik/pilkada-serentak"));
        var image = a.get("image");
        assertThat(names(image)).containsExactly("url", "width", "height", "alt", "caption", "credit");
        assertThat(image.get("url").asString()).startsWith(url("/media/"));
        assertThat(image.get("width").asInt()).isEqualTo(1200);
        assertThat(image.get("height").asInt()).isEqualTo(675);
        assertThat(image.get("caption").asString()).isEqualTo("Suasana kegiatan warga.");
        var notice = a.get("notices").get(0);
        assertThat(List.of(
                        notice.get("kind").asString(),
                        notice.get("label").asString(),
                        notice.get("text").asString(),
                        notice.get("at").asString()))
                .containsExactly("RALAT", "Ralat", "Nama pasar diperbaiki.", "2023-09-06T08:00:00+07:00");
        assertThat(a.get("related").valueStream().map(r -> r.get("id").asLong()))
                .containsExactly(related);
        assertThat(names(a.get("related").get(0)))
                .containsExactly("id", "url", "title", "lead", "publishedAt", "rubric", "image");
    }

    @Test
    void listsOfTheSiteARubricAndATopic() {
        var topic = fixtures.topic(site, "Banjir");
        long sport = fixtures.article(site)
                .rubric("olahraga")
                .title("Arema Menang")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();
        long flood = fixtures.article(site)
                .title("Banjir Surut")
                .topics(topic)
                .withoutImage()
                .publishedAt(SEP_5_2023_19_15_WIB.minusSeconds(3600))
                .publish();
        fixtures.article(fixtures.site().create()).title("Situs Lain").publish();

        var latest = ok("/api/v1/articles");
        var first = latest.get("items").get(0);

        assertThat(names(latest)).containsExactly("items", "nextCursor");
        assertThat(latest.get("nextCursor").isNull()).isTrue();
        assertThat(ids(latest)).containsExactly(sport, flood);
        assertThat(first.get("url").asString()).isEqualTo(url("/baca/" + sport + "/20230905/191500/arema-menang"));
        assertThat(first.get("publishedAt").asString()).isEqualTo("2023-09-05T19:15:00+07:00");
        assertThat(first.get("rubric").get("slug").asString()).isEqualTo("olahraga");
        assertThat(first.get("image").get("caption").isNull()).isTrue();
        assertThat(latest.get("items").get(1).get("image").isNull()).isTrue();
        assertThat(ids(ok("/api/v1/rubrics/olahraga/articles"))).containsExactly(sport);
        assertThat(ids(ok("/api/v1/topics/banjir/articles"))).containsExactly(flood);
    }

    @Test
    void pagesThroughEveryArticleOnceInOrder() {
        var expected = publish(45, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS));

        assertThat(readAll("/api/v1/articles?limit=20", 3, () -> {})).containsExactlyElementsOf(expected);
    }

    @Test
    void newArticlesDoNotShiftThePagesBeingRead() {
        var expected = publish(45, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS));

        var read = readAll("/api/v1/articles?limit=20", 3, () -> {
            for (int i = 0; i < 3; i++) {
                fixtures.article(site)
                        .title("Kabar Terbaru " + i)
                        .withoutImage()
                        .publishedAt(Instant.now())
                        .publish();
            }
        });

        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        for (var query : List.of("limit=0", "limit=51", "limit=abc", "cursor=bm9wZQ", "cursor=%25%25%25")) {
            var response = browser.get(host(), "/api/v1/articles?" + query);
            var problem = problem(response, 400);
            var field = query.substring(0, query.indexOf('='));
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .as(query)
                    .isEqualTo(field);
            assertThat(problem.get("errors").get(0).get("message").asString())
                    .as(query)
                    .isNotBlank();
        }
        var both = problem(browser.get(host(), "/api/v1/rubrics/politik/articles?limit=99&cursor=x"), 400);
        assertThat(both.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("limit", "cursor");
        var search = problem(browser.get(host(), "/api/v1/search"), 400);
        assertThat(search.get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void unknownThingsAreNotFoundProblems() {
        for (var path : List.of(
                "/api/v1/articles/999999999",
                "/api/v1/articles/abc",
                "/api/v1/rubrics/tidak-ada/articles",
                "/api/v1/topics/tidak-ada/articles",
                "/api/v1/tidak-ada",
                "/api/v2/articles")) {
            var problem = problem(browser.get(host(), path), 404);
            assertThat(problem.get("title").asString()).as(path).isEqualTo("Not Found");
            assertThat(problem.get("detail").asString()).as(path).isNotBlank();
        }
        var noSite = problem(browser.get("tidak-ada.test", "/api/v1/articles"), 404);
        assertThat(noSite.get("detail").asString()).contains("host");
    }

    @Test
    void anUnchangedResponseIsNotSentAgain() {
        fixtures.article(site).publish();
        var first = browser.get(host(), "/api/v1/articles");
        var etag = first.header("ETag");

        var again = browser.get(host(), "/api/v1/articles", "If-None-Match", etag);

        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60, s-maxage=60");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        fixtures.article(site).title("Kabar Baru").publish();
        assertThat(browser.get(host(), "/api/v1/articles", "If-None-Match", etag)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void searchFindsTheSitesArticles() {
        long id = fixtures.article(site).title("Festival Apel di Batu").publish();
        fixtures.article(site).title("Panen Raya").publish();

        var result = ok("/api/v1/search?q=apel");

        assertThat(names(result)).containsExactly("query", "total", "more", "page", "limit", "suggestion", "items");
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(result.get("more").asBoolean()).isFalse();
        assertThat(result.get("items").get(0).get("article").get("id").asLong()).isEqualTo(id);
        assertThat(result.get("items").get(0).has("snippetHtml")).isTrue();
    }

    @Test
    void searchListsNewestFirstOrByRelevance() {
        long inTitle = fixtures.article(site)
                .title("Apel Malang Naik Daun")
                .publishedAt(Instant.now().minusSeconds(7200))
                .publish();
        long inBody = fixtures.article(site)
                .title("Panen di Lereng")
                .body("<p>Petani memetik apel sejak pagi.</p>")
                .publish();

        assertThat(hitIds(ok("/api/v1/search?q=apel"))).containsExactly(inBody, inTitle);
        assertThat(hitIds(ok("/api/v1/search?q=apel&sort=relevance"))).containsExactly(inTitle, inBody);
        var problem = problem(browser.get(host(), "/api/v1/search?q=apel&sort=random&limit=50&page=21"), 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("sort", "page");
    }

    @Test
    void mostReadOfTheSiteOrARubricOverAPeriodWithEachArticlesReads() {
        long politics =
                fixtures.article(site).rubric("politik").title("Debat Kandidat").publish();
        long economy =
                fixtures.article(site).rubric("ekonomi").title("Harga Beras").publish();
        long lastWeek =
                fixtures.article(site).rubric("ekonomi").title("Pasar Murah").publish();
        var now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        read(politics, now, 5);
        read(economy, now, 9);
        read(lastWeek, now.minus(3, ChronoUnit.DAYS), 20);

        assertThat(ids(ok("/api/v1/most-read"))).containsExactly(economy, politics);
        assertThat(ids(ok("/api/v1/most-read?period=7d"))).containsExactly(lastWeek, economy, politics);
        var rubric = ok("/api/v1/most-read?period=7d&rubric=ekonomi&limit=1");
        assertThat(rubric.get("period").asString()).isEqualTo("7d");
        assertThat(rubric.get("rubric").asString()).isEqualTo("ekonomi");
        assertThat(ids(rubric)).containsExactly(lastWeek);
        assertThat(ok("/api/v1/articles/" + lastWeek).get("reads").asLong()).isEqualTo(20);

        var problem = problem(browser.get(host(), "/api/v1/most-read?period=1y&rubric=cuaca"), 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("period", "rubric");
    }

    /** Reads as the counter's flush writes them. */
    private void read(long article, Instant hour, long reads) {
        jdbc.sql("""
                        insert into article_reads_hourly (article_id, hour, site_id, rubric_id, reads)
                        select id, :hour, site_id, rubric_id, :reads from article where id = :id
                        """)
                .param("id", article)
                .param("hour", java.sql.Timestamp.from(hour))
                .param("reads", reads)
                .update();
        jdbc.sql("insert into article_reads (article_id, site_id, total) values (:id, :site, :reads)")
                .param("id", article)
                .param("site", site.id())
                .param("reads", reads)
                .update();
    }

    @Test
    void theOpenApiDescriptionListsEveryPath() {
        var response = browser.get(host(), "/api/v1/openapi.json");
        var spec = json.readTree(response.body());

        assertThat(response.status()).isEqualTo(200);
        assertThat(spec.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(names(spec.get("paths")))
                .containsExactlyInAnyOrder(
                        "/api/v1/site",
                        "/api/v1/articles",
                        "/api/v1/rubrics/{slug}/articles",
                        "/api/v1/topics/{slug}/articles",
                        "/api/v1/articles/{id}",
                        "/api/v1/search",
                        "/api/v1/most-read",
                        "/api/v1/openapi.json");
        spec.get("paths")
                .properties()
                .forEach(path -> assertThat(
                                path.getValue().get("get").get("responses").has("200"))
                        .as(path.getKey())
                        .isTrue());
        var schemas = spec.get("components").get("schemas");
        assertThat(names(schemas.get("ArticleDetail").get("properties")))
                .containsExactly(
                        "id",
                        "url",
                        "title",
                        "lead",
                        "dateline",
                        "bodyHtml",
                        "publishedAt",
                        "updatedAt",
                        "reads",
                        "rubric",
                        "writers",
                        "editor",
                        "topics",
                        "image",
                        "gallery",
                        "video",
                        "notices",
                        "live",
                        "related");
    }

    /** Articles published a minute apart, three at a time sharing a time so the id breaks the tie; newest first. */
    private List<Long> publish(int count, Instant newest) {
        record Published(long id, Instant at) {}
        var published = new ArrayList<Published>();
        for (int i = 0; i < count; i++) {
            var at = newest.minus(i / 3, ChronoUnit.MINUTES);
            published.add(new Published(
                    fixtures.article(site)
                            .title("Kabar " + i)
                            .withoutImage()
                            .publishedAt(at)
                            .publish(),
                    at));
        }
        return published.stream()
                .sorted(Comparator.comparing(Published::at)
                        .thenComparing(Published::id)
                        .reversed())
                .map(Published::id)
                .toList();
    }

    /** Follows nextCursor from the first page, doing {@code between} after the first page; expects exactly {@code pages}. */
    private List<Long> readAll(String first, int pages, Runnable between) {
        var ids = new ArrayList<Long>();
        var page = ok(first);
        for (int n = 1; ; n++) {
            ids.addAll(ids(page));
            if (n == 1) {
                between.run();
            }
            if (page.get("nextCursor").isNull()) {
                assertThat(n).isEqualTo(pages);
                return ids;
            }
            page = ok(first + "&cursor=" + page.get("nextCursor").asString());
        }
    }

    private JsonNode ok(String path) {
        var response = browser.get(host(), path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                        .isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        return json.readTree(response.body());
    }

    private JsonNode problem(Browser.Page response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")))
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private static List<Long> ids(JsonNode list) {
        return list.get("items")
                .valueStream()
                .map(item -> item.get("id").asLong())
                .toList();
    }

    private static List<Long> hitIds(JsonNode results) {
        return results.get("items")
                .valueStream()
                .map(item -> item.get("article").get("id").asLong())
                .toList();
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private String url(String path) {
        return "http://" + host() + path;
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

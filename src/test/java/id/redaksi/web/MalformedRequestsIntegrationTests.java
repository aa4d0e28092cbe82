package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile or broken client sends: escapes that are no UTF-8, control characters, operator soup for the
 * search, dates outside any calendar, headers that do not parse. Each is answered with a 4xx (or ignored), never a
 * 5xx, and logged at most at DEBUG, so nobody can flood the log by sending them.
 */
@PortalTest
class MalformedRequestsIntegrationTests {

    /** Percent-escapes that are no UTF-8, or no escapes at all. */
    private static final List<String> BAD_ESCAPES = List.of("%FF", "%C0%AE", "%zz", "%E2%82", "%", "%ED%A0%80");

    /** Values every parameter gets, whatever it reads. */
    private static final List<String> VALUES = concat(
            BAD_ESCAPES,
            List.of(
                    "a%00b",
                    "%01%1B%7F",
                    "%0D%0Ax",
                    "%EF%BF%BF",
                    "x".repeat(5_000),
                    "99999999999999999999",
                    "-1",
                    "0",
                    "2147483648",
                    "1e9",
                    "-999999999-01-01",
                    "%2B999999999-12-31",
                    "0000-01-01",
                    "9999-12-31",
                    "2024-02-30"));

    /** What search boxes get besides: operators PostgreSQL's query parser stacks up. */
    private static final List<String> OPERATOR_SOUP = List.of(
            "banjir%20" + "-".repeat(32),
            "-".repeat(200),
            "banjir%20" + "-%20".repeat(40),
            "%22%22%22",
            "!(%26|",
            "banjir%20or%20-".repeat(13),
            "%22banjir%20-" + "-".repeat(40) + "%22");

    private static final List<String> PATH_VALUES =
            List.of("%FF", "%C0%AE", "%zz", "%00", "%2F", "%2e%2e", "99999999999999999999", "-1", "x".repeat(2_000));

    private static final List<String> HEADERS = List.of(
            "Accept", "text/html;q=abc",
            "Accept", "garbage/;;;",
            "Accept", "text/html",
            "Accept-Encoding", "gzip;q=abc, ;;;",
            "If-None-Match", "\"x, W/, *, ,,",
            "If-Modified-Since", "not a date",
            "Range", "garbage",
            "Range", "bytes=99999999999999999999-",
            "Host", "%FF",
            "Host", "a..b:99999",
            "Host", "");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    Site site;
    Wire wire;
    long articleId;
    String topic;
    String person;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        wire = new Wire(port, site.hosts().getFirst());
        var writer = fixtures.person("Rina Wartawan");
        var inTopic = fixtures.topic(site, "Banjir Bandang");
        articleId = fixtures.article(site)
                .title("Banjir Kota Malang Surut")
                .writers(writer)
                .topics(inTopic)
                .publish();
        topic = inTopic.slug();
        person = writer.slug();
    }

    @Test
    void anEscapeThatIsNoUtf8InAnApiParameterIsAProblemNamingIt() {
        try (var log = new CapturedLog()) {
            for (var escape : List.of("%FF", "%C0%AE", "%zz", "%E2%82")) {
                var problem = problem(wire.get("/api/v1/articles?limit=" + escape), 400);
                assertThat(problem.get("detail").asString()).isEqualTo("The request has invalid parameters: limit.");
                assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/articles");
                assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("limit");
                assertThat(problem.get("errors").get(0).get("message").asString())
                        .isEqualTo("is not percent-encoded UTF-8");
            }
            var search = problem(wire.get("/api/v1/search?q=banjir&sort=%C0%AE"), 400);
            assertThat(search.get("errors").get(0).get("field").asString()).isEqualTo("sort");

            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void anEscapeThatIsNoUtf8OnAPageIsABadRequestNamingIt() {
        try (var log = new CapturedLog()) {
            var answer = wire.get("/kanal/" + site.rubrics().getFirst().slug() + "?halaman=%E2%82");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(Jsoup.parse(answer.text()).select(".error-page p").get(1).text())
                    .isEqualTo("Isian 'halaman' memuat karakter yang tidak dapat dibaca.");
            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void controlCharactersInASearchAreSpaces() {
        try (var log = new CapturedLog()) {
            var api = json(wire.get("/api/v1/search?q=banjir%00malang%1B"));
            assertThat(api.get("query").asString()).isEqualTo("banjir malang");
            assertThat(api.get("total").asLong()).isEqualTo(1);

            var page = wire.get("/cari?q=banjir%00malang");
            assertThat(page.status()).isEqualTo(200);
            var html = Jsoup.parse(page.text());
            assertThat(html.select("#cari-q").attr("value")).isEqualTo("banjir malang");
            assertThat(html.select(".search-count").text()).isEqualTo("1 hasil");
            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void aSearchWithMoreMinusSignsThanPostgresCanStackIsRefusedNamingQ() {
        try (var log = new CapturedLog()) {
            var soup = "banjir%20" + "-".repeat(32);
            var problem = problem(wire.get("/api/v1/search?q=" + soup), 400);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(problem.get("errors").get(0).get("message").asString())
                    .isEqualTo("may hold at most 16 minus signs");
            var page = wire.get("/cari?q=" + soup);
            assertThat(page.status()).isEqualTo(200);
            assertThat(Jsoup.parse(page.text()).select(".search-message").text())
                    .isEqualTo("Kata kunci memuat terlalu banyak tanda minus (-). Gunakan paling banyak 16.");

            var bounded = "banjir%20" + "-".repeat(16);
            assertThat(json(wire.get("/api/v1/search?q=" + bounded))
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void searchDatesOutsideTheCalendarAreBadRequestsNamingTheField() {
        try (var log = new CapturedLog()) {
            assertBadSearchDate("dari=-999999999-01-01", "Tanggal 'dari' harus antara 1900-01-01 dan 9999-12-31.");
            assertBadSearchDate(
                    "sampai=%2B999999999-12-31", "Tanggal 'sampai' harus antara 1900-01-01 dan 9999-12-31.");
            assertBadSearchDate("dari=1899-12-31", "Tanggal 'dari' harus antara 1900-01-01 dan 9999-12-31.");

            var widest = wire.get("/cari?q=banjir&dari=1900-01-01&sampai=9999-12-31");
            assertThat(widest.status()).isEqualTo(200);
            assertThat(Jsoup.parse(widest.text()).select(".search-count").text())
                    .isEqualTo("1 hasil");
            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void anAcceptHeaderThatDoesNotParseIsAsIfNoneWereGiven() {
        try (var log = new CapturedLog()) {
            for (var accept : List.of("text/html;q=abc", "garbage/;;;")) {
                var answer = wire.get("/api/v1/site", "Accept", accept);
                assertThat(answer.status()).as(accept).isEqualTo(200);
                assertThat(answer.header("Content-Type")).isEqualTo("application/json");
                assertThat(json(answer).get("slug").asString()).isEqualTo(site.slug());
            }
            var onlyHtml = problem(wire.get("/api/v1/site", "Accept", "text/html"), 406);
            assertThat(onlyHtml.get("detail").asString()).isEqualTo("Not Acceptable.");
            assertThat(log.complaints()).isEmpty();
        }
    }

    @Test
    void theNoscriptBeaconAnswersHeadLikeGet() {
        var head = wire.send("HEAD", "/hit.gif?id=" + articleId, "");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo("image/gif");
        assertThat(head.header("Content-Length")).isEqualTo("43");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aRangeHeaderThatDoesNotParseIsIgnored() {
        var whole = wire.get("/css/site.css");
        var garbage = wire.get("/css/site.css", "Range", "garbage");
        var reversed = wire.get("/css/site.css", "Range", "bytes=9-0");
        var first10 = wire.get("/css/site.css", "Range", "bytes=0-9");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.body()).isEqualTo(whole.body());
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(first10.status()).isEqualTo(206);
        assertThat(first10.body()).hasSize(10);
    }

    /** Every public route, every parameter it reads, every header it looks at: a fixed corpus, a few seconds. */
    @Test
    void noMalformedRequestIsAnsweredWithA5xxOrLogged() {
        var rubric = site.rubrics().getFirst().slug();
        var routes = new LinkedHashMap<String, Map<String, String>>();
        routes.put("/", Map.of("utm_source", "x"));
        routes.put("/kanal/" + rubric, Map.of("halaman", "1"));
        routes.put("/topik/" + topic, Map.of("halaman", "1"));
        routes.put("/penulis/" + person, Map.of("halaman", "1"));
        routes.put("/indeks", Map.of("tanggal", "2024-01-31", "halaman", "1"));
        routes.put("/terpopuler", Map.of("periode", "7hari"));
        routes.put(
                "/cari",
                Map.of(
                        "q", "banjir",
                        "kanal", rubric,
                        "dari", "2000-01-01",
                        "sampai", "2099-12-31",
                        "urut", "relevan",
                        "halaman", "1"));
        routes.put("/api/v1/articles", Map.of("limit", "5", "cursor", ""));
        routes.put("/api/v1/rubrics/" + rubric + "/articles", Map.of("limit", "5", "cursor", ""));
        routes.put("/api/v1/topics/" + topic + "/articles", Map.of("limit", "5", "cursor", ""));
        routes.put("/api/v1/search", Map.of("q", "banjir", "sort", "relevance", "limit", "5", "page", "1"));
        routes.put("/api/v1/most-read", Map.of("period", "7d", "rubric", rubric, "limit", "5"));
        routes.put("/hit.gif", Map.of("id", String.valueOf(articleId)));
        routes.put("/baca/" + articleId + "/pembaruan", Map.of("setelah", "0"));
        var plain = List.of(
                "/baca/" + articleId,
                "/rss.xml",
                "/kanal/" + rubric + "/rss.xml",
                "/topik/" + topic + "/rss.xml",
                "/robots.txt",
                "/sitemap.xml",
                "/sitemap-pages.xml",
                "/sitemap-news.xml",
                "/sitemap-articles-2024-01.xml",
                "/api/v1/site",
                "/api/v1/articles/" + articleId,
                "/api/v1/openapi.json",
                "/logo.png",
                "/css/site.css",
                "/js/live.js");
        var pathTemplates = List.of(
                "/kanal/%s",
                "/topik/%s",
                "/penulis/%s",
                "/baca/%s",
                "/baca/" + articleId + "/%s",
                "/kanal/%s/rss.xml",
                "/sitemap-articles-%s.xml",
                "/api/v1/articles/%s",
                "/api/v1/rubrics/%s/articles",
                "/api/v1/topics/%s/articles");

        var failures = new ArrayList<String>();
        int sent = 0;
        try (var log = new CapturedLog()) {
            for (var route : routes.entrySet()) {
                for (var parameter : route.getValue().keySet()) {
                    var values = parameter.equals("q") ? concat(VALUES, OPERATOR_SOUP) : VALUES;
                    for (var value : values) {
                        var target = route.getKey() + "?" + query(route.getValue(), parameter, value);
                        sent++;
                        check(failures, "GET " + target, wire.get(target));
                    }
                }
            }
            for (var value : VALUES) {
                sent += 2;
                check(failures, "POST /hit?id=" + value, wire.send("POST", "/hit?id=" + value, ""));
                check(failures, "POST /hit id=" + value, wire.send("POST", "/hit", "id=" + value));
            }
            for (var template : pathTemplates) {
                for (var value : PATH_VALUES) {
                    var target = template.formatted(value);
                    sent++;
                    check(failures, "GET " + target, wire.get(target));
                }
            }
            var everyRoute = concat(List.copyOf(routes.keySet()), plain);
            for (var path : everyRoute) {
                sent++;
                check(failures, "HEAD " + path, wire.send("HEAD", path, ""));
                for (int i = 0; i < HEADERS.size(); i += 2) {
                    sent++;
                    check(
                            failures,
                            "GET " + path + " with " + HEADERS.get(i) + ": " + HEADERS.get(i + 1),
                            wire.get(path, HEADERS.get(i), HEADERS.get(i + 1)));
                }
            }
            assertThat(failures).as("answers with a 5xx, of %d requests", sent).isEmpty();
            assertThat(log.complaints()).as("log lines at WARN or ERROR").isEmpty();
        }
    }

    private void assertBadSearchDate(String filter, String message) {
        var answer = wire.get("/cari?q=banjir&" + filter);
        assertThat(answer.status()).as(filter).isEqualTo(400);
        assertThat(Jsoup.parse(answer.text()).select(".error-page p").get(1).text())
                .isEqualTo(message);
    }

    private static void check(List<String> failures, String request, Wire.Answer answer) {
        if (answer.status() >= 500) {
            failures.add(answer.status() + " for " + abbreviated(request));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** The route's valid parameters, with the one under test set to the value. */
    private static String query(Map<String, String> valid, String parameter, String value) {
        var parts = new ArrayList<String>();
        valid.forEach((name, good) -> parts.add(name + "=" + (name.equals(parameter) ? value : good)));
        return String.join("&", parts);
    }

    private JsonNode problem(Wire.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        var problem = json.readTree(answer.text());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private JsonNode json(Wire.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return json.readTree(answer.text());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}

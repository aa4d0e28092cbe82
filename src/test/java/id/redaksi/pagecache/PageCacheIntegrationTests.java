package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.RawHttp;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.site.Site;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public pages kept in memory: what a hit costs, and that publishing through the newsroom purges what it changes. */
@PortalTest
class PageCacheIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    QueryCounter queries;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    PageCache cache;

    @LocalServerPort
    int port;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void aSecondReadIsServedFromMemoryWithoutAnyQuery() {
        var path = canonical(fixtures.article(site).publish());
        var first = get(path);

        var second = new AtomicReference<HttpResponse<byte[]>>();
        assertThat(queries.during(() -> second.set(get(path)))).isZero();
        var hit = second.get();
        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.body()).isEqualTo(first.body());
        assertThat(hit.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().length));
        assertThat(hit.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(hit.headers().firstValue("Cache-Control")).hasValue(CachingPolicy.PUBLIC_PAGE);
        assertThat(hit.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(hit.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(first.headers().firstValue("ETag")).isEqualTo(hit.headers().firstValue("ETag"));
        // written by Spring Security around the filter, so a kept page carries them as a rendered one does
        assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(hit.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void gzipIsSentToClientsThatTakeItAndBothEncodingsAnswer304() {
        var path = canonical(fixtures.article(site).publish());
        var identity = get(path);
        var etag = identity.headers().firstValue("ETag").orElseThrow();

        var zipped = get(path, "Accept-Encoding", "gzip, deflate, br");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Content-Length")).hasValue(String.valueOf(zipped.body().length));
        assertThat(zipped.body().length).isLessThan(identity.body().length);
        assertThat(RawHttp.gunzip(zipped.body())).isEqualTo(identity.body());
        var zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(etag);

        var notModified = get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(get(path, "If-None-Match", zippedTag, "Accept-Encoding", "gzip")
                        .statusCode())
                .isEqualTo(304);
        assertThat(get(path, "If-None-Match", zippedTag).statusCode()).isEqualTo(200);
    }

    @Test
    void trackingAndOtherParametersTheArticleDoesNotReadShareThePlainPageButSearchIsNotKept() {
        var path = canonical(fixtures.article(site).publish());
        var plain = get(path);

        assertThat(queries.during(() -> assertThat(
                                get(path + "?utm_source=facebook&fbclid=abc").body())
                        .isEqualTo(plain.body())))
                .isZero();
        assertThat(queries.during(
                        () -> assertThat(get(path + "?apa=saja").body()).isEqualTo(plain.body())))
                .isZero();
        get("/cari?q=pohon");
        assertThat(queries.during(() -> get("/cari?q=pohon"))).isPositive();
    }

    @Test
    void parametersAPageDoesNotReadAreServedTheKeptPageAndAddNone() {
        fixtures.article(site).publish();
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();
        var front = get("/");
        var list = get(rubric);
        var mostRead = get("/terpopuler");
        long kept = cache.size();

        for (var junk :
                List.of("?halaman=2", "?tanggal=2024-01-01", "?halaman=7&tanggal=2024-01-02", "?periode=7hari")) {
            assertThat(queries.during(() -> assertThat(get("/" + junk).body()).isEqualTo(front.body())))
                    .as(junk)
                    .isZero();
        }
        assertThat(queries.during(() -> assertThat(get(rubric + "?tanggal=2024-01-01&periode=7hari")
                                .body())
                        .isEqualTo(list.body())))
                .isZero();
        assertThat(queries.during(() -> assertThat(
                                get("/terpopuler?halaman=3&tanggal=2024-01-01").body())
                        .isEqualTo(mostRead.body())))
                .isZero();
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void aPagePastTheLastIsNotFoundAndNeitherItNorABadValueIsKept() {
        var day = LocalDate.of(2024, 3, 4);
        fixtures.article(site)
                .publishedAt(day.atTime(9, 0).atZone(site.zone()).toInstant())
                .publish();
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();
        long kept = cache.size();

        assertThat(get(rubric + "?halaman=2").statusCode()).isEqualTo(404);
        assertThat(get("/indeks?tanggal=" + day + "&halaman=2").statusCode()).isEqualTo(404);
        assertThat(get(rubric + "?halaman=600").statusCode()).isEqualTo(400);
        assertThat(get("/indeks?tanggal=" + day + "&halaman=01").statusCode()).isEqualTo(200);

        assertThat(cache.size()).isEqualTo(kept);
        assertThat(get("/indeks?tanggal=" + day).statusCode()).isEqualTo(200);
        assertThat(cache.size()).isEqualTo(kept + 1);
    }

    @Test
    void aDayWithoutArticlesIsShownButNotKept() {
        long kept = cache.size();

        var empty = get("/indeks?tanggal=2001-02-03");

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void publishingAnEditPurgesTheArticleItsRubricAndTheHomePage() {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), draft(editor, "Pasar Baru Dibuka"));
        newsroom.publish(editor, site.id(), story.id());
        var path = canonical(story.id());
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();
        List.of(path, "/", rubric).forEach(page -> assertThat(text(page)).contains("Pasar Baru Dibuka"));
        assertThat(queries.during(() -> get(path))).isZero();

        var current = newsroom.find(site.id(), story.id());
        drafting.save(
                editor, site.id(), story.id(), current.version(), draft(editor, "Pasar Baru Diresmikan Wali Kota"));
        newsroom.publish(editor, site.id(), story.id());

        assertThat(text(path)).contains("Pasar Baru Diresmikan Wali Kota").doesNotContain("Pasar Baru Dibuka");
        assertThat(text("/")).contains("Pasar Baru Diresmikan Wali Kota");
        assertThat(text(rubric)).contains("Pasar Baru Diresmikan Wali Kota");
    }

    @Test
    void unpublishingPurgesTheArticlePage() {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), draft(editor, "Jembatan Gantung Selesai"));
        newsroom.publish(editor, site.id(), story.id());
        var path = canonical(story.id());
        get(path);

        newsroom.unpublish(editor, site.id(), story.id(), "Narasumber mencabut keterangannya.");

        // the notice of the withdrawal (410), not the page kept before it
        assertThat(get(path).statusCode()).isEqualTo(410);
        assertThat(text("/")).doesNotContain("Jembatan Gantung Selesai");
    }

    private ArticleContent draft(Actor editor, String title) {
        return Fixtures.draft(site, editor, title).with(c -> c.slug("berita-uji-cache"));
    }

    private String canonical(long id) {
        return http().canonical(id);
    }

    private String text(String path) {
        var page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(RawHttp.text(page)).text();
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        return http().get(path, headers);
    }

    private RawHttp http() {
        return new RawHttp(port, site.hosts().getFirst());
    }
}

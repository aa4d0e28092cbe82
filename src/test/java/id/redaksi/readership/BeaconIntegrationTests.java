package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class BeaconIntegrationTests {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36";

    /** Every test reads from addresses no other test used, so the 30-minute rule of one never hides another's read. */
    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    PublishedArticles published;

    @Autowired
    HitCounter counter;

    @Autowired
    ReadCounts counts;

    @Autowired
    JdbcClient jdbc;

    Site site;
    long article;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        article = fixtures.article(site).publish();
    }

    @Test
    void aHitIsAnsweredWithNoContentThatNoCacheKeeps() {
        var response = hit(article, newAddress(), FIREFOX);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
        assertThat(readsAfterFlush(article)).isEqualTo(1);
    }

    @Test
    void aReadFromTheServedPageCounts() {
        assertThat(hit(article, tokenOnPage(article), newAddress(), FIREFOX).status())
                .isEqualTo(204);

        assertThat(readsAfterFlush(article)).isEqualTo(1);
    }

    @Test
    void aHitWithoutTheTokenOfARenderedPageIsNotCounted() {
        var valid = tokenOnPage(article);
        var forged = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
        for (var form : new String[] {
            "id=" + article,
            "id=" + article + "&token=",
            "id=" + article + "&token=" + forged,
            "id=" + article + "&token=0.AAAAAAAAAAAAAAAAAAAAAA",
            "id=" + article + "&token=not-a-token",
            "id=" + article + "&token=" + "x".repeat(5000)
        }) {
            var response = browser.post(host(), "/hit", form, "User-Agent", FIREFOX, "X-Forwarded-For", newAddress());
            assertThat(response.status()).as(form).isEqualTo(204);
        }
        assertThat(browser.get(host(), "/hit.gif?id=" + article, "User-Agent", FIREFOX, "X-Forwarded-For", newAddress())
                        .status())
                .isEqualTo(200);

        assertThat(readsAfterFlush(article)).isZero();
    }

    @Test
    void anotherArticlesTokenDoesNotCountForThisOne() {
        long other = fixtures.article(site).title("Harga Cabai Turun").publish();

        hit(article, tokenOnPage(other), newAddress(), FIREFOX);

        assertThat(readsAfterFlush(article)).isZero();
    }

    @Test
    void oneAddressLoopingWithNewUserAgentsIsCountedAtMostTheBound() {
        var address = newAddress();
        var token = tokenOnPage(article);
        for (int i = 0; i < 20; i++) {
            hit(article, token, address, "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/" + i);
        }

        assertThat(readsAfterFlush(article)).isEqualTo(5);
    }

    @Test
    void articlesReadFromTheDatabaseAtStartAndThosePublishedSinceAreKnownWithoutAFlush() {
        long article = unannounced();
        assertThat(published.isKnown(site.id(), article)).isFalse();
        published.load(site.id());
        assertThat(published.isKnown(site.id(), article)).isTrue();

        hit(article, newAddress(), FIREFOX);

        assertThat(readsAfterFlush(article)).isEqualTo(1);
    }

    @Test
    void theNoscriptImageIsAOnePixelGifThatCountsToo() {
        var canonical = browser.get(host(), "/baca/" + article).header("Location");
        var src = browser.get(host(), canonical)
                .html()
                .selectFirst("noscript img.hit")
                .attr("src");
        assertThat(src).isEqualTo("/hit.gif?id=" + article + "&token=" + tokenOnPage(article));

        var response = browser.get(host(), src, "User-Agent", FIREFOX, "X-Forwarded-For", newAddress());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("image/gif");
        assertThat(response.header("Content-Length")).isEqualTo("43");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
        assertThat(readsAfterFlush(article)).isEqualTo(1);
    }

    @Test
    void aReloadBySameReaderWithinHalfAnHourCountsOnce() {
        var reader = newAddress();
        var other = newAddress();

        hit(article, reader, FIREFOX);
        hit(article, reader, FIREFOX);
        hit(article, reader, FIREFOX);
        hit(article, other, FIREFOX);
        hit(article, reader, CHROME_ANDROID);

        assertThat(readsAfterFlush(article)).isEqualTo(3);
    }

    @Test
    void theSameReaderReadingAnotherArticleCountsForIt() {
        long second =
                fixtures.article(site).title("Sungai Brantas Kembali Jernih").publish();
        var reader = newAddress();

        hit(article, reader, FIREFOX);
        hit(second, reader, FIREFOX);

        assertThat(readsAfterFlush(article)).isEqualTo(1);
        assertThat(readsAfterFlush(second)).isEqualTo(1);
    }

    @Test
    void robotsAndHeadlessBrowsersAreNotCounted() {
        for (var agent : new String[] {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Twitterbot/1.0",
            "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
            "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
            "Mozilla/5.0 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/138.0.0.0 Safari/537.36",
            "SomeNewsCrawler/1.0",
            "weird-spider 0.1",
            ""
        }) {
            assertThat(hit(article, newAddress(), agent).status()).as(agent).isEqualTo(204);
        }

        assertThat(readsAfterFlush(article)).isZero();
    }

    @Test
    void prefetchesAreNotCounted() {
        for (var header : new String[][] {
            {"Sec-Purpose", "prefetch"},
            {"Sec-Purpose", "prefetch;prerender"},
            {"Purpose", "prefetch"},
            {"X-Moz", "prefetch"}
        }) {
            browser.post(
                    host(),
                    "/hit",
                    "id=" + article + "&token=" + tokenOnPage(article),
                    "User-Agent",
                    FIREFOX,
                    "X-Forwarded-For",
                    newAddress(),
                    header[0],
                    header[1]);
        }

        assertThat(readsAfterFlush(article)).isZero();
    }

    @Test
    void unknownWithdrawnOrOtherSitesArticlesAndMalformedIdsAreNotCounted() {
        var other = fixtures.site().create();
        long elsewhere = fixtures.article(other).publish();
        long withdrawn = fixtures.article(site).publish();
        fixtures.withdraw(withdrawn);

        for (var id : new String[] {
            "999999999",
            String.valueOf(elsewhere),
            String.valueOf(withdrawn),
            "abc",
            "-3",
            "",
            "99999999999999999999999"
        }) {
            var response = browser.post(
                    host(),
                    "/hit",
                    "id=" + id + "&token=" + tokenOnPage(article),
                    "User-Agent",
                    FIREFOX,
                    "X-Forwarded-For",
                    newAddress());
            assertThat(response.status()).as(id).isEqualTo(204);
        }
        assertThat(browser.post(
                                "nowhere.test",
                                "/hit",
                                "id=" + article + "&token=" + tokenOnPage(article),
                                "User-Agent",
                                FIREFOX)
                        .status())
                .isEqualTo(204);

        counter.flush();
        assertThat(counts.total(elsewhere)).isZero();
        assertThat(counts.total(withdrawn)).isZero();
        assertThat(counts.total(article)).isZero();
    }

    /**
     * An article written straight to the database, as before this node started or by another node: one published
     * here announces itself, and is known at once.
     */
    private long unannounced() {
        return jdbc.sql("""
                        with s as (insert into story (site_id, status) values (:site, 'PUBLISHED') returning id)
                        insert into article (id, site_id, rubric_id, title, slug, lead, body_html, published_at, updated_at)
                        select id, :site, :rubric, 'Kabar Lama', 'kabar-lama', '', '<p>Isi.</p>', now(), now() from s
                        returning id
                        """)
                .param("site", site.id())
                .param("rubric", site.rubrics().getFirst().id())
                .query(Long.class)
                .single();
    }

    /** A hit as the page's script sends it: the article's id and the token its served page carries. */
    private Browser.Page hit(long id, String address, String userAgent) {
        return hit(id, tokenOnPage(id), address, userAgent);
    }

    private Browser.Page hit(long id, String token, String address, String userAgent) {
        return browser.post(
                host(), "/hit", "id=" + id + "&token=" + token, "User-Agent", userAgent, "X-Forwarded-For", address);
    }

    /** The token in the article's page as a reader's browser gets it, after the redirect to its address. */
    private String tokenOnPage(long id) {
        var canonical = browser.get(host(), "/baca/" + id).header("Location");
        var page = browser.get(host(), canonical, "User-Agent", FIREFOX).html();
        return page.selectFirst("script[data-article=" + id + "]").attr("data-token");
    }

    private long readsAfterFlush(long id) {
        counter.flush();
        return counts.total(id);
    }

    private static String newAddress() {
        int n = addresses.incrementAndGet();
        return "10.20." + (n / 250) + "." + (n % 250 + 1);
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.site.Site;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an operator's Prometheus reads: each metric README's "Watching it" names, moved by the thing it counts. Every
 * test reads the figures before and after, since the portal is shared with the other tests.
 */
@PortalTest
class MetricsIntegrationTests {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void aPageRenderedThenServedFromMemoryIsOneMissOneHitAndItsBytes() {
        var before = Scrape.of(browser);

        assertThat(browser.get(host(), "/").status()).isEqualTo(200);
        assertThat(browser.get(host(), "/").status()).isEqualTo(200);

        var after = Scrape.of(browser);
        assertThat(after.value("redaksi_pagecache_misses_total") - before.value("redaksi_pagecache_misses_total"))
                .isEqualTo(1);
        assertThat(after.value("redaksi_pagecache_hits_total") - before.value("redaksi_pagecache_hits_total"))
                .isEqualTo(1);
        assertThat(after.value("redaksi_pagecache_size_bytes")).isGreaterThan(1000);
        assertThat(after.has("redaksi_pagecache_evictions_total")).isTrue();
    }

    @Test
    void renderingIsTimedByPageKindAndAKeptPageIsNot() {
        var before = Scrape.of(browser);

        browser.get(host(), "/kanal/politik");
        browser.get(host(), "/kanal/politik");
        browser.get(host(), "/");

        var after = Scrape.of(browser);
        assertThat(count(after, "redaksi_render_seconds_count{page=\"rubric\"}")
                        - count(before, "redaksi_render_seconds_count{page=\"rubric\"}"))
                .isEqualTo(1);
        assertThat(count(after, "redaksi_render_seconds_count{page=\"home\"}")
                        - count(before, "redaksi_render_seconds_count{page=\"home\"}"))
                .isEqualTo(1);
        assertThat(after.value("redaksi_render_seconds_max{page=\"rubric\"}")).isBetween(0.0, 10.0);
    }

    @Test
    void aSearchIsTimed() {
        var before = Scrape.of(browser);

        assertThat(browser.get(host(), "/cari?q=banjir").status()).isEqualTo(200);

        var after = Scrape.of(browser);
        assertThat(after.value("redaksi_search_seconds_count") - before.value("redaksi_search_seconds_count"))
                .isEqualTo(1);
        assertThat(after.value("redaksi_search_seconds_sum") - before.value("redaksi_search_seconds_sum"))
                .isBetween(0.0, 10.0)
                .isGreaterThan(0.0);
    }

    @Test
    void beaconHitsAreCountedByOutcome() {
        long article = fixtures.article(site).publish();
        var token = tokenOnPage(article);
        var before = Scrape.of(browser);

        hit(article, token, "10.30.0.1", FIREFOX);
        hit(article, token, "10.30.0.1", FIREFOX);
        hit(article, "not-a-token", "10.30.0.2", FIREFOX);
        hit(article, token, "10.30.0.3", "Googlebot/2.1 (+http://www.google.com/bot.html)");

        var after = Scrape.of(browser);
        assertThat(delta(before, after, "redaksi_readership_hits_total{outcome=\"counted\"}"))
                .isEqualTo(1);
        assertThat(delta(before, after, "redaksi_readership_hits_total{outcome=\"repeated\"}"))
                .isEqualTo(1);
        assertThat(delta(before, after, "redaksi_readership_hits_total{outcome=\"bad-token\"}"))
                .isEqualTo(1);
        assertThat(delta(before, after, "redaksi_readership_hits_total{outcome=\"not-a-reader\"}"))
                .isEqualTo(1);
        assertThat(after.has("redaksi_readership_dropped_total")).isTrue();
        // the flush writes four times a second, and times each batch it writes
        await(
                Duration.ofSeconds(5),
                () -> Scrape.of(browser).value("redaksi_readership_flush_seconds_count")
                        > before.value("redaksi_readership_flush_seconds_count"));
    }

    @Test
    void theSchedulerRunsAreCountedAndThePoolIsWatched() {
        var before = Scrape.of(browser);
        // the test profile looks for due stories every 2 s
        await(
                Duration.ofSeconds(10),
                () -> Scrape.of(browser).value("redaksi_scheduler_runs_total")
                        > before.value("redaksi_scheduler_runs_total"));

        var after = Scrape.of(browser);
        assertThat(after.has("redaksi_scheduler_failures_total")).isTrue();
        assertThat(after.value("hikaricp_connections_max{pool=\"embedded\"}")).isEqualTo(20);
        assertThat(after.has("hikaricp_connections_active{pool=\"embedded\"}")).isTrue();
        assertThat(after.has("hikaricp_connections_pending{pool=\"embedded\"}")).isTrue();
    }

    private static void await(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within " + deadline).isLessThan(end);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static double count(Scrape scrape, String series) {
        return scrape.value(series);
    }

    private static double delta(Scrape before, Scrape after, String series) {
        return after.value(series) - before.value(series);
    }

    private void hit(long id, String token, String address, String userAgent) {
        assertThat(browser.post(
                                host(),
                                "/hit",
                                "id=" + id + "&token=" + token,
                                "User-Agent",
                                userAgent,
                                "X-Forwarded-For",
                                address)
                        .status())
                .isEqualTo(204);
    }

    private String tokenOnPage(long id) {
        var canonical = browser.get(host(), "/baca/" + id).header("Location");
        var page = browser.get(host(), canonical, "User-Agent", FIREFOX).html();
        return page.selectFirst("script[data-article=" + id + "]").attr("data-token");
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

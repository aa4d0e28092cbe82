package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.Scrape;
import id.redaksi.article.ArticleLists;
import id.redaksi.site.Sites;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tests' portal warms up for no time at all; here a warm-up of one site runs against it. */
@PortalTest
class WarmUpIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    Sites sites;

    @Autowired
    ArticleLists articles;

    @LocalServerPort
    int port;

    @Test
    void readsEverySitesPagesOverLoopbackSoReadersFindThemCompiledAndKept() throws InterruptedException {
        var site = fixtures.site().create();
        long id =
                fixtures.article(site).title("Pemanasan Sebelum Pembaca Datang").publish();
        var before = Scrape.of(browser);

        var warmUp = new WarmUp(sites, articles, Duration.ofSeconds(10));
        var addresses = warmUp.addresses(List.of(site));
        long answered = warmUp.read(
                port, addresses, System.nanoTime() + Duration.ofMinutes(1).toNanos(), 20);

        assertThat(addresses).contains(new WarmUp.Address(site.hosts().getFirst(), "/"));
        assertThat(answered).isEqualTo(20L * addresses.size());
        // each address rendered at most twice (its identity and gzip copies are one kept page), then read from memory
        var after = Scrape.of(browser);
        assertThat(after.value("redaksi_pagecache_hits_total") - before.value("redaksi_pagecache_hits_total"))
                .isGreaterThanOrEqualTo(18.0 * addresses.size());
        // the article it read is kept: a reader's first request is a hit, no render
        var path = articles.latest(site.id(), 0, 1).getFirst().path(site.zone());
        assertThat(path).startsWith("/baca/" + id + "/");
        var misses = Scrape.of(browser).value("redaksi_pagecache_misses_total");
        assertThat(browser.get(site.hosts().getFirst(), path).status()).isEqualTo(200);
        assertThat(Scrape.of(browser).value("redaksi_pagecache_misses_total")).isEqualTo(misses);
    }
}

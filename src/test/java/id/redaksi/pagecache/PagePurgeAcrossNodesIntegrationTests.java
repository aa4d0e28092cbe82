package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import id.redaksi.frontpage.Pick;
import id.redaksi.frontpage.Place;
import id.redaksi.newsroom.Curating;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second node in the same JVM: its own page cache and LISTEN thread on the same database. Publishing on this
 * node must empty that node's copy of the article within a second, and only the pages the article is on.
 */
@PortalTest
class PagePurgeAcrossNodesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Sites sites;

    @Autowired
    Curating curating;

    Site site;
    PageCache secondCache;
    PurgeListener secondNode;

    @BeforeEach
    void startSecondNode() {
        site = fixtures.site().create();
        secondCache = new PageCache(new PageCacheSettings(true, DataSize.ofMegabytes(8), Duration.ofMinutes(5)));
        secondNode = new PurgeListener(
                dataSource, secondCache, new PurgeMessages(jdbc, json, "node-2"), sites, new SimpleMeterRegistry());
        secondNode.start();
        await(Duration.ofSeconds(5), secondNode::listening);
    }

    @AfterEach
    void stopSecondNode() {
        secondNode.stop();
    }

    @Test
    void publishingOnOneNodePurgesTheArticleOnTheOtherWithinASecond() {
        var editor = fixtures.account(site, Role.EDITOR);
        var draft = Fixtures.draft(site, editor, "Banjir Surut").with(c -> c.slug("banjir-surut"));
        var story = drafting.create(editor, site.id(), draft);
        var article = keep("/baca/" + story.id() + "/2026/01/02/banjir-surut");
        var home = keep("/");
        var search = keep("/cari");
        var otherSite = keep(new PageKey(site.id() + 1000, "lain.test", "/", ""));

        newsroom.publish(editor, site.id(), story.id());
        // the notification arrives in milliseconds; the deadline only bounds a loaded CI machine (nothing else drops
        // these pages)
        await(Duration.ofSeconds(5), () -> secondCache.get(article) == null && secondCache.get(home) == null);

        assertThat(secondCache.get(search)).isNotNull();
        assertThat(secondCache.get(otherSite)).isNotNull();
    }

    @Test
    void arrangingTheFrontPageOnOneNodeDropsTheSitesListsOnTheOther() {
        var editor = fixtures.account(site, Role.EDITOR);
        var sentinel = keep("/indeks");
        long picked = fixtures.article(site).withoutImage().publish();
        // the publication's own purge reaches the other node first, so that it cannot be mistaken for the curation's
        await(Duration.ofSeconds(5), () -> secondCache.get(sentinel) == null);
        var article = keep("/baca/" + picked + "/2026/01/02/pohon");
        var home = keep("/");
        var rubric = keep("/kanal/politik");
        var otherSite = keep(new PageKey(site.id() + 1000, "lain.test", "/", ""));

        curating.arrange(editor, site, null, List.of(new Pick(Place.HEADLINE, 1, picked, "", null)), List.of());

        await(Duration.ofSeconds(5), () -> secondCache.get(home) == null && secondCache.get(rubric) == null);
        assertThat(secondCache.get(article)).isNotNull();
        assertThat(secondCache.get(otherSite)).isNotNull();
    }

    @Test
    void aNodeThatLostItsConnectionListensAgainAndDropsEverythingItKept() {
        var kept = keep("/");
        jdbc.sql(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'redaksi page purges'")
                .query()
                .listOfRows();

        await(Duration.ofSeconds(5), () -> secondCache.get(kept) == null && secondNode.listening());
        var keptAfter = keep("/kanal/politik");
        jdbc.sql("select pg_notify('redaksi_purge', '{\"all\":true}')").query().listOfRows();
        await(Duration.ofSeconds(5), () -> secondCache.get(keptAfter) == null);
    }

    private PageKey keep(String path) {
        return keep(new PageKey(site.id(), site.hosts().getFirst(), path, ""));
    }

    private PageKey keep(PageKey key) {
        var page =
                CachedPage.of(("<p>" + key + "</p>").getBytes(StandardCharsets.UTF_8), "text/html", secondCache.now());
        secondCache.put(key, page, secondCache.generation());
        assertThat(secondCache.get(key)).isNotNull();
        return key;
    }

    /** Polls briefly rather than sleeping for the longest time the condition may take. */
    static void await(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.article.Person;
import id.redaksi.article.Topic;
import id.redaksi.site.Site;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A page costs the same number of queries for one writer and one topic as for five of each. */
@PortalTest
class QueryBudgetIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    QueryCounter queries;

    @Test
    void theArticlePageTakesThreeQueriesWhateverItsCredits() {
        var site = fixtures.site().create();
        var small = articleWith(site, 1);
        var large = articleWith(site, 5);

        assertThat(queriesFor(site, small)).isEqualTo(3);
        assertThat(queriesFor(site, large)).isEqualTo(3);
    }

    @Test
    void listPagesTakeAtMostThreeQueries() {
        var site = fixtures.site().create();
        var topic = fixtures.topic(site, "Jalan Tol");
        var writer = fixtures.person("Ayu Lestari");
        IntStream.range(0, 3)
                .forEach(i ->
                        fixtures.article(site).writers(writer).topics(topic).publish());
        var host = site.hosts().getFirst();

        // with nobody having read anything yet, the most-read lists cost one query each and no cards
        assertThat(queries.during(() -> browser.get(host, "/"))).isEqualTo(3);
        assertThat(queries.during(() -> browser.get(host, "/kanal/politik"))).isEqualTo(2);
        assertThat(queries.during(() -> browser.get(host, "/topik/jalan-tol"))).isEqualTo(2);
        assertThat(queries.during(() -> browser.get(host, "/penulis/" + writer.slug())))
                .isEqualTo(2);
        assertThat(queries.during(() -> browser.get(host, "/indeks"))).isEqualTo(1);
    }

    private String articleWith(Site site, int credits) {
        var writers = IntStream.range(0, credits)
                .mapToObj(i -> fixtures.person("Penulis " + i))
                .toArray(Person[]::new);
        var topics = IntStream.range(0, credits)
                .mapToObj(i -> fixtures.topic(site, "Topik " + i))
                .toArray(Topic[]::new);
        IntStream.range(0, credits)
                .forEach(i -> fixtures.article(site).topics(topics[i]).publish());
        long id = fixtures.article(site)
                .writers(writers)
                .editor(fixtures.person("Editor"))
                .topics(topics)
                .publish();
        return browser.get(site.hosts().getFirst(), "/baca/" + id).header("Location");
    }

    private long queriesFor(Site site, String path) {
        return queries.during(() ->
                assertThat(browser.get(site.hosts().getFirst(), path).status()).isEqualTo(200));
    }
}

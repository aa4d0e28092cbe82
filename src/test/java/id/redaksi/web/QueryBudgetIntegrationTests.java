package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.account.Role;
import id.redaksi.article.Person;
import id.redaksi.article.Topic;
import id.redaksi.frontpage.Pick;
import id.redaksi.frontpage.Place;
import id.redaksi.newsroom.Curating;
import id.redaksi.site.Site;
import java.util.List;
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

    @Autowired
    Curating curating;

    @Test
    void theArticlePageTakesThreeQueriesWhateverItsCredits() {
        var site = fixtures.site().create();
        var small = articleWith(site, 1);
        var large = articleWith(site, 5);

        assertThat(queriesFor(site, small)).isEqualTo(3);
        assertThat(queriesFor(site, large)).isEqualTo(3);
    }

    @Test
    void listPagesTakeAtMostFourQueries() {
        var site = fixtures.site().create();
        var topic = fixtures.topic(site, "Jalan Tol");
        var writer = fixtures.person("Ayu Lestari");
        IntStream.range(0, 3)
                .forEach(i ->
                        fixtures.article(site).writers(writer).topics(topic).publish());
        var host = site.hosts().getFirst();

        // with nobody having read anything yet, the most-read lists cost one query each and no cards; the front page
        // and a rubric's first page read their editors' picks, none here, so no cards of them either
        assertThat(queries.during(() -> browser.get(host, "/"))).isEqualTo(4);
        assertThat(queries.during(() -> browser.get(host, "/kanal/politik"))).isEqualTo(3);
        assertThat(queries.during(() -> browser.get(host, "/topik/jalan-tol"))).isEqualTo(2);
        assertThat(queries.during(() -> browser.get(host, "/penulis/" + writer.slug())))
                .isEqualTo(2);
        assertThat(queries.during(() -> browser.get(host, "/indeks"))).isEqualTo(1);
    }

    @Test
    void aCuratedFrontPageTakesOneQueryMoreWhateverTheNumberOfPicks() {
        var site = fixtures.site().create();
        var editor = fixtures.account(site, Role.EDITOR);
        var ids = IntStream.range(0, 14)
                .mapToObj(i -> fixtures.article(site).withoutImage().publish())
                .toList();
        var host = site.hosts().getFirst();

        curating.arrange(editor, site, null, picks(Place.HEADLINE, ids.subList(0, 1)), List.of());
        long one = queries.during(() -> browser.get(host, "/"));
        curating.arrange(
                editor, site, null, picks(Place.HEADLINE, ids.subList(0, 5)), picks(Place.PICK, ids.subList(5, 13)));
        long thirteen = queries.during(() -> browser.get(host, "/"));

        assertThat(one).isEqualTo(5);
        assertThat(thirteen).isEqualTo(5);
    }

    private static List<Pick> picks(Place place, List<Long> ids) {
        return IntStream.range(0, ids.size())
                .mapToObj(i -> new Pick(place, i + 1, ids.get(i), "", null))
                .toList();
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

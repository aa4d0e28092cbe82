package id.redaksi.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class SearchIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Search search;

    @Autowired
    QueryCounter counter;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        for (int i = 1; i <= 23; i++) {
            fixtures.article(site)
                    .title("Ronda Malam Ke " + i)
                    .publishedAt(NOW.minus(i, ChronoUnit.MINUTES))
                    .withoutImage()
                    .publish();
        }
    }

    /** A pool connection per search, not one for the count beside one for the page: under load that halves the pool. */
    @Test
    void aSearchTakesOneConnectionForItsCountAndItsPage() {
        var result = new AtomicReference<SearchResult>();

        long connections = counter.connectionsDuring(() -> result.set(search.search(query(SearchOrder.NEWEST, 20))));

        assertThat(connections).isEqualTo(1);
        assertThat(result.get().total()).isEqualTo(23);
        assertThat(result.get().more()).isFalse();
        assertThat(result.get().listable()).isEqualTo(23);
        assertThat(result.get().hits())
                .extracting(hit -> hit.article().title())
                .containsExactly("Ronda Malam Ke 21", "Ronda Malam Ke 22", "Ronda Malam Ke 23");
    }

    @Test
    void aPageBeyondTheMatchesStillCountsThem() {
        var result = search.search(query(SearchOrder.RELEVANCE, 40));

        assertThat(result.total()).isEqualTo(23);
        assertThat(result.listable()).isEqualTo(23);
        assertThat(result.hits()).isEmpty();
    }

    private SearchQuery query(SearchOrder order, int offset) {
        return new SearchQuery(site.id(), "ronda", null, null, null, order, offset, 20);
    }
}

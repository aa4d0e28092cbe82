package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.QueryCounter;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What may be kept by a CDN or this node: only the public pages of a site the host names, asked without a session.
 * Everything else must be {@code private, no-store}, whatever form its address takes.
 */
@PortalTest
class PublicCachingIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    QueryCounter queries;

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
    void anEditorsNewsroomAtAPercentEncodedAddressIsNeverPublic() {
        var editor = fixtures.account(site, Role.EDITOR);
        var session = wire().login(editor.username(), Fixtures.PASSWORD);

        var newsroom = wire().get("/%72edaksi/", "Cookie", session);

        assertThat(newsroom.status()).isEqualTo(200);
        assertThat(newsroom.body()).contains("<h1>Ruang redaksi</h1>");
        assertThat(newsroom.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
    }

    @Test
    void aPublicPageAskedWithASessionIsPrivateAndNeitherKeptNorServedFromMemory() {
        var editor = fixtures.account(site, Role.EDITOR);
        var session = wire().login(editor.username(), Fixtures.PASSWORD);
        var rubric = "/kanal/" + site.rubrics().getFirst().slug();
        long kept = cache.size();

        var withSession = wire().get(rubric, "Cookie", session);

        assertThat(withSession.status()).isEqualTo(200);
        assertThat(withSession.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(cache.size()).isEqualTo(kept);
        assertThat(wire().get(rubric).header("Cache-Control")).hasValue(CachingPolicy.PUBLIC_PAGE);
        assertThat(cache.size()).isEqualTo(kept + 1);
        assertThat(queries.during(
                        () -> assertThat(wire().get(rubric, "Cookie", session).header("Cache-Control"))
                                .hasValue(CachingPolicy.PRIVATE)))
                .isPositive();
    }

    @Test
    void theNetworkPageAndAnUnknownHostsNotFoundArePrivateAndNotKept() {
        var unknown = new WireHttp(port, "tidak-dikenal.test");
        long kept = cache.size();

        var network = unknown.get("/");
        var forwarded = wire().get("/", "X-Forwarded-Host", "tidak-dikenal.test");
        var missing = unknown.get("/kanal/" + site.rubrics().getFirst().slug());

        assertThat(network.status()).isEqualTo(200);
        assertThat(network.body()).contains("network-page");
        assertThat(network.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(forwarded.status()).isEqualTo(200);
        assertThat(forwarded.body()).contains("network-page");
        assertThat(forwarded.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(unknown.get("/rss.xml").header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(cache.size()).isEqualTo(kept);
    }

    private WireHttp wire() {
        return new WireHttp(port, site.hosts().getFirst());
    }
}

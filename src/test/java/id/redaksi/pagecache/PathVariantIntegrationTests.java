package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every private address in the forms a path can take on the wire: each variant is refused or answered as its plain
 * address is (or rejected as malformed, or not found), never with the newsroom to a stranger, and never with a
 * Cache-Control a CDN may store.
 */
@PortalTest
class PathVariantIntegrationTests {

    private static final String LOGIN = "/redaksi/masuk";

    @Autowired
    Fixtures fixtures;

    @Autowired
    PageCache cache;

    @LocalServerPort
    int port;

    @Test
    void everyFormOfAPrivateAddressGetsThePlainAddressesDecisionAndIsNeverPublic() {
        var site = fixtures.site().create();
        var wire = new WireHttp(port, site.hosts().getFirst());
        var editor = fixtures.account(site, Role.EDITOR);
        var who = new LinkedHashMap<String, String[]>();
        who.put("anonymous", new String[0]);
        who.put("editor", new String[] {"Cookie", wire.login(editor.username(), Fixtures.PASSWORD)});
        var routes = List.of(
                "/redaksi/",
                "/redaksi/" + site.slug() + "/cerita",
                "/redaksi/admin/pengguna",
                "/actuator/metrics",
                "/redaksi/masuk");

        var soft = new SoftAssertions();
        for (var reader : who.entrySet()) {
            for (var route : routes) {
                var plain = wire.get(route, reader.getValue());
                soft.assertThat(plain.header("Cache-Control"))
                        .as("%s %s", reader.getKey(), route)
                        .hasValue(CachingPolicy.PRIVATE);
                for (var variant : variants(route)) {
                    var answer = wire.get(variant, reader.getValue());
                    var what = reader.getKey() + " " + variant + " -> " + answer.status();
                    soft.assertThat(answer.header("Cache-Control")).as(what).hasValue(CachingPolicy.PRIVATE);
                    if (answer.status() == 302) {
                        // the plain address's redirect, or the login page for a form the login page itself is not
                        var location = answer.header("Location").orElseThrow();
                        soft.assertThat(location.equals(plain.header("Location").orElse(""))
                                        || location.endsWith(LOGIN))
                                .as(what + " " + location)
                                .isTrue();
                    } else {
                        soft.assertThat(answer.status()).as(what).isIn(plain.status(), 400, 404);
                    }
                    if (reader.getKey().equals("anonymous")) {
                        soft.assertThat(answer.body()).as(what).doesNotContain("<h1>Ruang redaksi</h1>");
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void aPublicPagesEncodedAddressIsNotKeptUnderAKeyOfItsOwn() {
        var site = fixtures.site().create();
        var wire = new WireHttp(port, site.hosts().getFirst());
        var rubric = site.rubrics().getFirst().slug();
        var plain = wire.get("/kanal/" + rubric);
        long kept = cache.size();

        var encoded = wire.get("/%6banal/" + rubric);
        var upper = wire.get("/KANAL/" + rubric);

        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.body()).isEqualTo(plain.body());
        assertThat(upper.status()).isEqualTo(404);
        assertThat(upper.header("Cache-Control")).hasValue(CachingPolicy.PRIVATE);
        assertThat(cache.size()).isEqualTo(kept);
    }

    /** The same address percent-encoded, with a path parameter, doubled or trailing slashes, in capitals, via {@code ..}. */
    private static List<String> variants(String path) {
        var variants = new ArrayList<String>();
        variants.add("/%" + Integer.toHexString(path.charAt(1)) + path.substring(2));
        int second = path.indexOf('/', 1);
        variants.add(second < 0 ? path + ";x=1" : path.substring(0, second) + ";x=1" + path.substring(second));
        variants.add("/" + path);
        variants.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
        variants.add(path.toUpperCase(Locale.ROOT));
        variants.add("/kanal/.." + path);
        variants.add("/kanal/%2e%2e" + path);
        return variants;
    }
}

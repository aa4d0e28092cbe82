package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class ContentSecurityPolicyIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Test
    void theArticlePagesBeaconRunsByTheHashOfTheScriptAsServedAndNoOtherInlineScriptDoes() throws Exception {
        var site = fixtures.site().create();
        long article = fixtures.article(site).publish();
        var host = site.hosts().getFirst();
        var canonical = browser.get(host, "/baca/" + article).header("Location");

        var page = browser.get(host, canonical);
        var beacon = page.html().selectFirst("script[data-article]").data();
        var hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(beacon.getBytes(StandardCharsets.UTF_8)));

        assertThat(scriptSrc(page.header("Content-Security-Policy"))).isEqualTo("'self' 'sha256-" + hash + "'");
        for (var path : new String[] {"/", "/redaksi/masuk"}) {
            assertThat(scriptSrc(browser.get(host, path).header("Content-Security-Policy")))
                    .as(path)
                    .isEqualTo("'self' 'sha256-" + hash + "'");
        }
    }

    private static String scriptSrc(String policy) {
        return Stream.of(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src "))
                .map(d -> d.substring("script-src ".length()))
                .findFirst()
                .orElseThrow();
    }
}

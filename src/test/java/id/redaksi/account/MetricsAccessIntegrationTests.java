package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.Scrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The metrics answer only the scraper that sends the token, on whatever host, and no CDN ever keeps them. */
@PortalTest
class MetricsAccessIntegrationTests {

    @Autowired
    Browser browser;

    @Autowired
    Fixtures fixtures;

    @Test
    void theScraperWithTheTokenReadsTheMetricsPrivately() {
        var page = browser.get("localhost", MetricsAccess.PROMETHEUS, "Authorization", "Bearer " + Scrape.TOKEN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/plain");
        assertThat(page.body()).contains("# TYPE redaksi_readership_dropped_total counter");
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void withoutTheRightTokenNobodyReadsThem() {
        var host = fixtures.site().create().hosts().getFirst();
        for (var authorization : new String[] {
            null,
            "Bearer ",
            "Bearer wrong-token-0123456789abcdef0123",
            "Bearer " + Scrape.TOKEN + "x",
            "Bearer " + Scrape.TOKEN.substring(1),
            "Basic " + Scrape.TOKEN,
            Scrape.TOKEN
        }) {
            for (var onHost : new String[] {"localhost", host}) {
                var page = authorization == null
                        ? browser.get(onHost, MetricsAccess.PROMETHEUS)
                        : browser.get(onHost, MetricsAccess.PROMETHEUS, "Authorization", authorization);
                assertThat(page.status()).as(authorization + " on " + onHost).isEqualTo(401);
                assertThat(page.header("WWW-Authenticate")).isEqualTo("Bearer");
                assertThat(page.body()).doesNotContain("redaksi_");
                assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
                assertThat(page.header("Set-Cookie")).isNull();
            }
        }
    }

    @Test
    void theOtherActuatorEndpointsStayClosed() {
        for (var path : new String[] {"/actuator/metrics", "/actuator/env", "/actuator/beans"}) {
            var page = browser.get("localhost", path, "Authorization", "Bearer " + Scrape.TOKEN);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.header("Location")).as(path).endsWith(LoginController.LOGIN);
        }
    }

    @Test
    void withoutATokenSetTheEndpointIsClosedToEveryone() {
        var closed = MetricsAccess.digestOrNull(new MetricsSettings(null));

        assertThat(MetricsAccess.matches(closed, "Bearer ")).isFalse();
        assertThat(MetricsAccess.matches(closed, "Bearer null")).isFalse();
        assertThat(MetricsAccess.matches(MetricsAccess.digestOrNull(new MetricsSettings("")), "Bearer "))
                .isFalse();
        assertThat(new MetricsSettings("short").isTokenLongEnough()).isFalse();
    }
}

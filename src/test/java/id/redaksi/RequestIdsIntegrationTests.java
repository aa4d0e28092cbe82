package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every answer names its request (FailedLoginsIntegrationTests finds the same id in the lines logged answering it).
 */
@PortalTest
class RequestIdsIntegrationTests {

    @Autowired
    Browser browser;

    @Autowired
    Fixtures fixtures;

    @Test
    void eachAnswerHasAnIdOfItsOwnEvenAKeptPage() {
        var host = fixtures.site().create().hosts().getFirst();
        var first = browser.get(host, "/").header(RequestIds.HEADER);
        var second = browser.get(host, "/").header(RequestIds.HEADER);
        var newsroom = browser.get("localhost", "/redaksi/masuk").header(RequestIds.HEADER);

        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
        assertThat(newsroom).matches("[0-9a-f]{16}").isNotIn(first, second);
    }

    @Test
    void theTrustedProxysIdIsKeptWhenItIsPlain() {
        var fromProxy = browser.get(
                "localhost",
                "/redaksi/masuk",
                "X-Forwarded-For",
                "203.0.113.7",
                RequestIds.HEADER,
                "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
        assertThat(fromProxy.header(RequestIds.HEADER)).isEqualTo("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

        for (var forged : new String[] {"short", "x".repeat(65), "abc def ghi", "abcdefgh\"}", "abcdefgh%0aINFO"}) {
            var answer = browser.get(
                    "localhost", "/redaksi/masuk", "X-Forwarded-For", "203.0.113.7", RequestIds.HEADER, forged);
            assertThat(answer.header(RequestIds.HEADER)).as(forged).matches("[0-9a-f]{16}");
        }
    }
}

package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadTokensTests {

    private static final byte[] KEY = "a key only this test knows, 32 b".getBytes(StandardCharsets.UTF_8);
    private static final Instant RENDERED = Instant.parse("2030-01-10T09:03:00Z");

    private final ReadTokens tokens = at(RENDERED);

    @Test
    void aTokenIsTheSameForEveryReaderOfThePageWithinItsSlot() {
        assertThat(tokens.forArticle(1, 42))
                .isEqualTo(at(Instant.parse("2030-01-10T09:09:59Z")).forArticle(1, 42));
        assertThat(tokens.forArticle(1, 42))
                .isNotEqualTo(at(Instant.parse("2030-01-10T09:10:00Z")).forArticle(1, 42));
        assertThat(tokens.forArticle(1, 42)).matches("[0-9a-z]+\\.[A-Za-z0-9_-]{22}");
    }

    @Test
    void aPageIsAcceptedForItsSlotAndTheTwoAfterIt() {
        var token = tokens.forArticle(1, 42);

        assertThat(at(RENDERED).isValid(token, 1, 42)).isTrue();
        assertThat(at(Instant.parse("2030-01-10T09:29:59Z")).isValid(token, 1, 42))
                .isTrue();
        assertThat(at(Instant.parse("2030-01-10T09:30:00Z")).isValid(token, 1, 42))
                .isFalse();
        assertThat(at(Instant.parse("2030-01-11T09:03:00Z")).isValid(token, 1, 42))
                .isFalse();
    }

    @Test
    void aNodeWhoseClockIsBehindAcceptsAPageOfTheNextSlotButNoLater() {
        var token = tokens.forArticle(1, 42);

        assertThat(at(Instant.parse("2030-01-10T08:59:59Z")).isValid(token, 1, 42))
                .isTrue();
        assertThat(at(Instant.parse("2030-01-10T08:49:59Z")).isValid(token, 1, 42))
                .isFalse();
    }

    @Test
    void aTokenCountsOnlyForItsArticleOnItsSite() {
        var token = tokens.forArticle(1, 42);

        assertThat(tokens.isValid(token, 1, 43)).isFalse();
        assertThat(tokens.isValid(token, 2, 42)).isFalse();
    }

    @Test
    void anotherInstallationsKeyOrAChangedTokenIsRefused() {
        var other = new ReadTokens(
                "another installation's key, 32 b".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(RENDERED, ZoneOffset.UTC));
        var token = tokens.forArticle(1, 42);
        var slot = token.substring(0, token.indexOf('.'));

        assertThat(other.isValid(token, 1, 42)).isFalse();
        assertThat(tokens.isValid(other.forArticle(1, 42), 1, 42)).isFalse();
        for (var forged : new String[] {
            null,
            "",
            ".",
            slot,
            slot + ".",
            token.substring(0, token.length() - 1),
            token + "A",
            token.toUpperCase(),
            "zzzzzzzzzzzzzzzz." + token.substring(token.indexOf('.') + 1),
            "-" + token,
            "é" + token.substring(1),
            token.repeat(100)
        }) {
            assertThat(tokens.isValid(forged, 1, 42)).as(forged).isFalse();
        }
    }

    private static ReadTokens at(Instant now) {
        return new ReadTokens(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }
}

package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadersTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-10T09:00:00Z"));
    private final Readers readers = new Readers(clock, 5, 30);

    @Test
    void aReaderIsTheAddressAndTheUserAgentTogether() {
        assertThat(readers.counts("10.0.0.1", "Firefox", 1)).isTrue();
        assertThat(readers.counts("10.0.0.1", "Firefox", 1)).isFalse();
        assertThat(readers.counts("10.0.0.2", "Firefox", 1)).isTrue();
        assertThat(readers.counts("10.0.0.1", "Chrome", 1)).isTrue();
        assertThat(readers.counts("10.0.0.1", "Firefox", 2)).isTrue();
    }

    @Test
    void aNewDaysSaltMakesEveryoneANewReader() {
        assertThat(readers.counts("10.0.0.1", "Firefox", 1)).isTrue();

        clock.now = Instant.parse("2030-01-11T00:00:01Z");

        assertThat(readers.counts("10.0.0.1", "Firefox", 1)).isTrue();
        assertThat(readers.counts("10.0.0.1", "Firefox", 1)).isFalse();
    }

    @Test
    void oneAddressReadsAnArticleAtMostFiveTimesInHalfAnHourWhateverUserAgentsItSends() {
        for (int i = 0; i < 5; i++) {
            assertThat(readers.counts("10.0.0.1", "Firefox/" + i, 1))
                    .as("read %d", i)
                    .isTrue();
        }
        assertThat(readers.counts("10.0.0.1", "Firefox/5", 1)).isFalse();
        assertThat(readers.counts("10.0.0.1", "Chrome", 1)).isFalse();
        assertThat(readers.counts("10.0.0.2", "Firefox/5", 1)).isTrue();
        assertThat(readers.counts("10.0.0.1", "Firefox/5", 2)).isTrue();

        clock.now = clock.now.plus(Readers.WINDOW);

        assertThat(readers.counts("10.0.0.1", "Firefox/6", 1)).isTrue();
    }

    @Test
    void aReloadUsesNoneOfTheAddresssReads() {
        for (int i = 0; i < 10; i++) {
            readers.counts("10.0.0.1", "Firefox", 1);
        }

        for (int i = 1; i < 5; i++) {
            assertThat(readers.counts("10.0.0.1", "Firefox/" + i, 1))
                    .as("read %d", i)
                    .isTrue();
        }
        assertThat(readers.counts("10.0.0.1", "Firefox/5", 1)).isFalse();
    }

    @Test
    void oneAddressIsCountedAtMostThirtyTimesAMinuteOverAllArticles() {
        for (int article = 1; article <= 30; article++) {
            assertThat(readers.counts("10.0.0.1", "Firefox", article))
                    .as("article %d", article)
                    .isTrue();
        }
        assertThat(readers.counts("10.0.0.1", "Firefox", 31)).isFalse();
        assertThat(readers.counts("10.0.0.2", "Firefox", 31)).isTrue();

        clock.now = clock.now.plusSeconds(60);

        assertThat(readers.counts("10.0.0.1", "Chrome", 31)).isTrue();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadersTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-10T09:00:00Z"));
    private final Readers readers = new Readers(clock);

    @Test
    void aReaderIsTheAddressAndTheUserAgentTogether() {
        assertThat(readers.firstRead("10.0.0.1", "Firefox", 1)).isTrue();
        assertThat(readers.firstRead("10.0.0.1", "Firefox", 1)).isFalse();
        assertThat(readers.firstRead("10.0.0.2", "Firefox", 1)).isTrue();
        assertThat(readers.firstRead("10.0.0.1", "Chrome", 1)).isTrue();
        assertThat(readers.firstRead("10.0.0.1", "Firefox", 2)).isTrue();
    }

    @Test
    void aNewDaysSaltMakesEveryoneANewReader() {
        assertThat(readers.firstRead("10.0.0.1", "Firefox", 1)).isTrue();

        clock.now = Instant.parse("2030-01-11T00:00:01Z");

        assertThat(readers.firstRead("10.0.0.1", "Firefox", 1)).isTrue();
        assertThat(readers.firstRead("10.0.0.1", "Firefox", 1)).isFalse();
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

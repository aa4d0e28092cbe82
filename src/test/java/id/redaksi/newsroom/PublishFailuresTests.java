package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublishFailuresTests {

    @Test
    void theWaitBeforeTheNextTryDoublesFromAMinuteUpToAnHour() {
        assertThat(PublishFailures.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PublishFailures.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PublishFailures.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(PublishFailures.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(PublishFailures.backoff(500)).isEqualTo(Duration.ofHours(1));
    }
}

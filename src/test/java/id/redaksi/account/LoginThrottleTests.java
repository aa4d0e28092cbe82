package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    final LoginThrottle throttle = new LoginThrottle();

    @Test
    void threeFreeFailuresThenEachAttemptWaitsTwiceAsLongAsTheOneBefore() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.0.1", T)).isTrue();
        }
        assertThat(throttle.reserve("editor.malang", "10.1.0.1", T.plusMillis(4_999)))
                .isFalse();

        var at = T;
        for (var wait : new long[] {5, 10, 20, 40, 80, 160, 320, 640, 900, 900}) {
            at = at.plusSeconds(wait);
            assertThat(throttle.reserve("editor.malang", "10.1.0.1", at.minusMillis(1)))
                    .as("%d s after the last failure", wait)
                    .isFalse();
            assertThat(throttle.reserve("editor.malang", "10.1.0.1", at)).isTrue();
        }
    }

    @Test
    void attemptsGivenBackBecauseTheAccountsCouldNotBeReadCountForNothing() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.0.1", T)).isTrue();
            throttle.released("editor.malang", "10.1.0.1");
        }

        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.0.1", T)).isTrue();
        }
        assertThat(throttle.reserve("editor.malang", "10.1.0.1", T)).isFalse();
    }

    @Test
    void theWaitDoublesFromFiveSecondsAndStopsAtFifteenMinutes() {
        assertThat(LoginThrottle.waitAfter(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(LoginThrottle.waitAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.waitAfter(7)).isEqualTo(Duration.ofSeconds(640));
        assertThat(LoginThrottle.waitAfter(8)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.waitAfter(63)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherAddressIsNotHeldUpByOneAddressFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.reserve("editor.malang", "10.1.0.1", T);
        }

        assertThat(throttle.reserve("editor.malang", "10.1.0.1", T)).isFalse();
        assertThat(throttle.reserve("Editor.Malang ", "10.1.0.1", T)).isFalse();
        assertThat(throttle.reserve("editor.malang", "10.1.0.2", T)).isTrue();
    }

    @Test
    void manyAddressesFailingOnOneAccountHoldUpNewAddressesButNotOneThatLoggedInBefore() {
        throttle.reserve("editor.malang", "10.1.1.1", T);
        throttle.succeeded("editor.malang", "10.1.1.1");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.2." + i, T)).isTrue();
        }

        assertThat(throttle.reserve("editor.malang", "10.1.2.99", T)).isFalse();
        assertThat(throttle.reserve("editor.malang", "10.1.1.1", T)).isTrue();
        throttle.succeeded("editor.malang", "10.1.1.1");
        assertThat(throttle.reserve("editor.malang", "10.1.2.99", T.plusMillis(4_999)))
                .isFalse();
        assertThat(throttle.reserve("editor.malang", "10.1.2.99", T.plusSeconds(5)))
                .isTrue();
    }

    @Test
    void oneAddressFailingOnManyAccountsIsHeldUpOnEveryAccount() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.reserve("tidak-ada-" + i, "10.1.3.1", T)).isTrue();
        }

        assertThat(throttle.reserve("editor.malang", "10.1.3.1", T)).isFalse();
        assertThat(throttle.reserve("editor.malang", "10.1.3.2", T)).isTrue();
    }

    @Test
    void aSuccessRefundsItsAttemptAndStartsThePairAfresh() {
        throttle.reserve("editor.malang", "10.1.4.1", T);
        throttle.reserve("editor.malang", "10.1.4.1", T);
        throttle.reserve("editor.malang", "10.1.4.1", T);
        throttle.succeeded("editor.malang", "10.1.4.1");

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.4.1", T)).isTrue();
        }
        assertThat(throttle.reserve("editor.malang", "10.1.4.1", T)).isFalse();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        for (int i = 0; i < 3; i++) {
            throttle.reserve("editor.malang", "10.1.5.1", T);
        }

        var later = T.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve("editor.malang", "10.1.5.1", later)).isTrue();
        }
    }
}

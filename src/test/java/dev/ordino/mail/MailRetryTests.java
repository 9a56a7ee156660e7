package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.mail.internal.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a refused or undeliverable e-mail is tried again, and when it is given up (FAILED). */
class MailRetryTests {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
    private final Instant failedAt = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theFirstRetryWaitsTheRetryDelay() {
        assertThat(policy.nextAttempt(1, failedAt)).contains(failedAt.plus(Duration.ofMinutes(1)));
    }

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void noRetryWaitsLongerThanTheMaximumDelay() {
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(new RetryPolicy(100, Duration.ofMinutes(1), Duration.ofHours(1)).delayAfter(99))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anEmailIsGivenUpAfterTheLastAttempt() {
        assertThat(policy.nextAttempt(4, failedAt)).isPresent();
        assertThat(policy.nextAttempt(5, failedAt)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).nextAttempt(1, failedAt))
                .isEmpty();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1)))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("retry-delay");
    }
}

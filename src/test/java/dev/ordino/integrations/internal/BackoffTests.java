package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a push that did not go through is tried again, and when it gives up. */
class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    @Test
    void theWaitDoublesAfterEachFailureInARowUpToTheMaximum() {
        assertThat(backoff.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2, null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3, null)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(7, null)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.delayAfter(8, null)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(30, null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void neverSoonerThanTheFarSideAsked() {
        assertThat(backoff.delayAfter(1, Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(45));
        assertThat(backoff.delayAfter(3, Duration.ofSeconds(45))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void itGivesUpAfterTheMaximumOfFailuresInARow() {
        assertThat(backoff.givesUpAfter(7)).isFalse();
        assertThat(backoff.givesUpAfter(8)).isTrue();
    }
}

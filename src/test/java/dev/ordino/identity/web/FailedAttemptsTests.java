package dev.ordino.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedAttemptsTests {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theTenthFailureWithinAMinuteBlocksTheAddressUntilTheMinuteHasPassed() {
        var clock = new MovableClock();
        var attempts = new FailedAttempts(clock);
        for (int i = 0; i < 9; i++) {
            attempts.failed("10.0.0.1");
        }
        assertThat(attempts.blockedFor("10.0.0.1")).isZero();
        attempts.failed("10.0.0.1");
        clock.now = clock.now.plusSeconds(20);
        assertThat(attempts.blockedFor("10.0.0.1")).isEqualTo(40);
        assertThat(attempts.blockedFor("10.0.0.2")).isZero();
        clock.now = clock.now.plus(Duration.ofSeconds(41));
        assertThat(attempts.blockedFor("10.0.0.1")).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotAddUp() {
        var clock = new MovableClock();
        var attempts = new FailedAttempts(clock);
        for (int i = 0; i < 20; i++) {
            attempts.failed("10.0.0.3");
            clock.now = clock.now.plusSeconds(7);
        }
        assertThat(attempts.blockedFor("10.0.0.3")).isZero();
    }
}

package dev.ordino.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in a sliding minute: from the tenth on, that address is
 * refused (429) until the minute has passed, so tokens cannot be guessed at speed. Kept per instance, in
 * memory: a restart forgets, which costs an attacker nothing they did not have.
 */
final class FailedAttempts {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(Instant start, int failures) {}

    private final ConcurrentHashMap<String, Window> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    FailedAttempts(Clock clock) {
        this.clock = clock;
    }

    void failed(String address) {
        var now = clock.instant();
        byAddress.merge(
                address,
                new Window(now, 1),
                (old, one) ->
                        old.start().plus(WINDOW).isBefore(now) ? one : new Window(old.start(), old.failures() + 1));
        if (byAddress.size() > 10_000) {
            byAddress.entrySet().removeIf(e -> e.getValue().start().plus(WINDOW).isBefore(now));
        }
    }

    /** Seconds until {@code address} may try again, or 0 when it may now. */
    long blockedFor(String address) {
        var window = byAddress.get(address);
        if (window == null || window.failures() < LIMIT) {
            return 0;
        }
        var left =
                Duration.between(clock.instant(), window.start().plus(WINDOW)).toSeconds();
        return Math.max(left, 0);
    }
}

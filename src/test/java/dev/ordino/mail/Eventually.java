package dev.ordino.mail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a background thread does: the e-mail sent after a commit, a retry. */
final class Eventually {

    private Eventually() {}

    static void until(String what, BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 15 s for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

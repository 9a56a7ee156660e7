package dev.ordino.shared;

/** The client wrote with {@code If-Match} against a version that is no longer the current one. */
public class StaleVersion extends DomainException {

    public StaleVersion(String what, long expected, long actual) {
        super(
                ProblemType.STALE_VERSION,
                what + " is at version " + actual + ", not " + expected + ": reload it and try again");
        with("currentVersion", actual);
    }
}

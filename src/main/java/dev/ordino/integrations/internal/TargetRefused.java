package dev.ordino.integrations.internal;

/**
 * An outbound call was not made: its URL is not one Ordino may call (not http or https, no host, user info, or a
 * host that resolves to a private, loopback or otherwise internal address). Trying again would not help.
 */
public class TargetRefused extends RuntimeException {

    private final boolean transientFailure;

    public TargetRefused(String message) {
        this(message, false);
    }

    TargetRefused(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    /** The host could not be resolved now (DNS): worth trying again, unlike a private address. */
    public boolean isTransient() {
        return transientFailure;
    }
}

package dev.ordino.integrations.internal;

/**
 * An outbound call was not made: its URL is not one Ordino may call (not http or https, no host, user info, or a
 * host that resolves to a private, loopback or otherwise internal address). Trying again would not help.
 */
public class TargetRefused extends RuntimeException {

    public TargetRefused(String message) {
        super(message);
    }
}

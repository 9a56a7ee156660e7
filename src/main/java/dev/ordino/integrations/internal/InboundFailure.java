package dev.ordino.integrations.internal;

/** A fulfilment update could not be read from the integration (refused target, error answer, unreadable body). */
public class InboundFailure extends RuntimeException {

    public InboundFailure(String message) {
        super(message);
    }

    public InboundFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

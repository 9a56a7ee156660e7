package dev.ordino.orders;

/** STANDARD: delivery dates follow the product's lead time. CUSTOM: every split names its own date. */
public enum DeliveryMode {
    STANDARD,
    CUSTOM
}

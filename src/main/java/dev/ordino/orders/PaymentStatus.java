package dev.ordino.orders;

public enum PaymentStatus {
    UNPAID,
    PARTIALLY_PAID,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED
}

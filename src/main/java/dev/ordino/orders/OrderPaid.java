package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/** The order became PAID: what was received covers its known total (fulfilment may release it). */
public record OrderPaid(UUID orderId, String number, Instant at) {}

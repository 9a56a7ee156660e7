package dev.ordino.integrations.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A shipment the far side made for one of its orders: the key we pushed it under, and what it shipped with. */
public record ShippedOrder(
        @Nullable String orderKey,
        @Nullable String orderNumber,
        @Nullable String trackingNumber,
        @Nullable String carrierCode,
        @Nullable LocalDate shipDate,
        boolean voided) {}

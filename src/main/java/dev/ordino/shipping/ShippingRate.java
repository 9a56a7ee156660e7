package dev.ordino.shipping;

import dev.ordino.shared.Money;
import java.util.UUID;

/** What one method charges for a shipment. */
public record ShippingRate(UUID methodId, String code, String name, String carrier, Money price) {}

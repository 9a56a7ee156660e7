package dev.ordino.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * What a placed order ships changed: a line added, removed or changed in quantity, its delivery splits, or the
 * shipping address. Published in the transaction of the change, so fulfilment can re-plan the shipments that have
 * not left — or refuse the change (and so roll it back) when it touches what has.
 */
public record OrderDeliveryChanged(UUID orderId, String number, Instant at) {}

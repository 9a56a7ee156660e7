package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an order: a UUID, written as one in the API, the database and the timeline. The orders module
 * and its services speak of orders by {@code OrderId}; the events it publishes ({@link OrderStatusChanged},
 * {@link OrderDeleted}) keep a plain {@code UUID orderId}, because other modules read them and the event
 * publication registry stores them. SQL binds {@link #value()}: JDBC knows a UUID, not this record.
 */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value);
    }

    public static OrderId of(UUID value) {
        return new OrderId(value);
    }

    static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of an order: a UUID, written as one in the API, the database and the timeline. */
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

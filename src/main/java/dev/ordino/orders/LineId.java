package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an order line within its order: a UUID, written as one in the API, the database and the
 * timeline. The pricing module, which knows nothing of orders, numbers its lines by the plain {@link #value()}.
 */
public record LineId(UUID value) {

    public LineId {
        Objects.requireNonNull(value);
    }

    public static LineId of(UUID value) {
        return new LineId(value);
    }

    static LineId random() {
        return new LineId(UUID.randomUUID());
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

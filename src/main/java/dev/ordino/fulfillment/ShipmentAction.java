package dev.ordino.fulfillment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What can happen to a shipment, as the API names it ({@code POST /shipments/{id}/{action}}). */
public enum ShipmentAction {
    /** Stock was reserved for every line that tracks inventory: taken by the system, never asked for. */
    ASSIGN("assign"),
    RELEASE("release"),
    PACK("pack"),
    SHIP("ship"),
    DELIVER("deliver"),
    CANCEL("cancel"),
    /**
     * A 3PL shipped it (a fulfilment update from ShipStation or a WMS): taken by the system, never asked for; it ships
     * whatever holds stock, released or not, because the goods have left.
     */
    SHIP_AT_3PL("ship-at-3pl");

    private final String slug;

    ShipmentAction(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    /** Whether a caller takes the action by asking for it; stock is assigned, and a 3PL's shipping recorded, by the system. */
    public boolean isRequested() {
        return this != ASSIGN && this != SHIP_AT_3PL;
    }

    /** The shipment leaves or is dropped: how far its order has shipped may change. */
    public boolean changesProgress() {
        return this == SHIP || this == SHIP_AT_3PL || this == CANCEL;
    }

    public static Optional<ShipmentAction> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(ShipmentAction::isRequested)
                .filter(a -> a.slug.equals(slug))
                .findFirst();
    }
}

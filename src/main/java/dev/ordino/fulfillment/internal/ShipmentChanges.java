package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentPackage;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shipment being changed: a copy of it with some fields set, built into the next {@link Shipment}. */
final class ShipmentChanges {

    private final Shipment s;
    private ShipmentStatus status;
    private Address address;
    private @Nullable UUID shippingMethodId;
    private @Nullable String shippingMethodName;
    private @Nullable UUID warehouseId;
    private List<ShipmentLine> lines;
    private @Nullable String carrier;
    private @Nullable String trackingNumber;
    private @Nullable String trackingUrl;
    private List<ShipmentPackage> packages;
    private @Nullable UUID picklistId;
    private @Nullable String statusReason;
    private @Nullable Instant releasedAt;
    private @Nullable Instant shippedAt;
    private @Nullable Instant deliveredAt;
    private List<ShipmentAction> allowedActions;
    private long version;
    private Instant updatedAt;

    private ShipmentChanges(Shipment s) {
        this.s = s;
        this.status = s.status();
        this.address = s.address();
        this.shippingMethodId = s.shippingMethodId();
        this.shippingMethodName = s.shippingMethodName();
        this.warehouseId = s.warehouseId();
        this.lines = s.lines();
        this.carrier = s.carrier();
        this.trackingNumber = s.trackingNumber();
        this.trackingUrl = s.trackingUrl();
        this.packages = s.packages();
        this.picklistId = s.picklistId();
        this.statusReason = s.statusReason();
        this.releasedAt = s.releasedAt();
        this.shippedAt = s.shippedAt();
        this.deliveredAt = s.deliveredAt();
        this.allowedActions = s.allowedActions();
        this.version = s.version();
        this.updatedAt = s.updatedAt();
    }

    static ShipmentChanges of(Shipment s) {
        return new ShipmentChanges(s);
    }

    /** The next version, changed at {@code now}. */
    ShipmentChanges stored(Instant now) {
        this.version = s.version() + 1;
        this.updatedAt = now;
        return this;
    }

    ShipmentChanges status(ShipmentStatus value) {
        this.status = value;
        this.allowedActions = value.exits().stream()
                .filter(ShipmentAction::isRequested)
                .sorted()
                .toList();
        return this;
    }

    ShipmentChanges destination(Address value, @Nullable UUID methodId, @Nullable String methodName) {
        this.address = value;
        this.shippingMethodId = methodId;
        this.shippingMethodName = methodName;
        return this;
    }

    ShipmentChanges warehouse(@Nullable UUID value) {
        this.warehouseId = value;
        return this;
    }

    ShipmentChanges lines(List<ShipmentLine> value) {
        this.lines = value;
        return this;
    }

    ShipmentChanges packages(List<ShipmentPackage> value) {
        this.packages = value;
        return this;
    }

    ShipmentChanges tracking(@Nullable String carrierName, @Nullable String number, @Nullable String url) {
        this.carrier = carrierName;
        this.trackingNumber = number;
        this.trackingUrl = url;
        return this;
    }

    ShipmentChanges picklist(@Nullable UUID value) {
        this.picklistId = value;
        return this;
    }

    ShipmentChanges reason(@Nullable String value) {
        this.statusReason = value;
        return this;
    }

    ShipmentChanges released(Instant at) {
        this.releasedAt = at;
        return this;
    }

    ShipmentChanges shipped(Instant at) {
        this.shippedAt = at;
        return this;
    }

    ShipmentChanges delivered(Instant at) {
        this.deliveredAt = at;
        return this;
    }

    ShipmentChanges allowedActions(List<ShipmentAction> value) {
        this.allowedActions = value;
        return this;
    }

    Shipment build() {
        return new Shipment(
                s.id(),
                s.number(),
                s.orderId(),
                s.orderNumber(),
                status,
                address,
                shippingMethodId,
                shippingMethodName,
                s.deliveryDate(),
                warehouseId,
                lines,
                carrier,
                trackingNumber,
                trackingUrl,
                packages,
                picklistId,
                statusReason,
                releasedAt,
                shippedAt,
                deliveredAt,
                allowedActions,
                version,
                s.createdAt(),
                updatedAt);
    }
}

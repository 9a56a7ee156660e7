package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentPackage;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.TimelineEntry;
import dev.ordino.shared.Address;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The shipping notice as the customer reads it, and its timeline entry as a masked caller reads it. */
class CustomerMailsTests {

    private static final CustomerSnapshot ADA =
            new CustomerSnapshot(UUID.randomUUID(), "INDIVIDUAL", "ada@example.com", "Ada Lovelace", "Ada Lovelace");

    @Test
    void theShippingNoticeNamesTheCarrierTrackingNumberAndLinkTheLinesAndTheAddress() {
        var shipment = shipped(
                "DHL",
                "JJD0099",
                "https://www.dhl.com/track?id=JJD0099",
                List.of(
                        new ShipmentPackage(1200, 30, 20, 10, "JJD0099"),
                        new ShipmentPackage(800, null, null, null, "JJD0100")));

        assertThat(CustomerMails.shippingSubject(shipment)).isEqualTo("Order SO-100042 shipped (SO-100042-2)");
        assertThat(CustomerMails.shippingText(ADA, shipment)).isEqualTo("""
                        Hello Ada Lovelace,

                        Your shipment SO-100042-2 of order SO-100042 is on its way.

                        Carrier: DHL
                        Shipping method: Express
                        Tracking number: JJD0099
                        Tracking number: JJD0100
                        Track your shipment:
                        https://www.dhl.com/track?id=JJD0099

                        In this shipment:
                          3 × Bracket (BRK-7)
                          1 × Engraved plate

                        Shipping to:
                          1 Elm St
                          Suite 2
                          73301 Austin
                          TX
                          US
                        """);
    }

    @Test
    void withoutCarrierOrTrackingTheNoticeSaysOnlyWhatLeftAndWhereTo() {
        var text = CustomerMails.shippingText(null, shipped(null, null, null, List.of()));

        assertThat(text)
                .startsWith("Hello,\n\nYour shipment SO-100042-2")
                .doesNotContain("Carrier", "Tracking", "Track your")
                .contains("3 × Bracket (BRK-7)", "1 Elm St");
    }

    @Test
    void aMaskedTimelineHidesTheRecipientNotTheSubject() {
        var entry = new TimelineEntry(
                Instant.now(),
                "bootstrap",
                TimelineEntry.EMAIL_QUEUED,
                null,
                null,
                Map.of(
                        "kind",
                        CustomerNotifications.ORDER_CONFIRMATION,
                        "to",
                        "ada@example.com",
                        "subject",
                        "Order SO-100042 confirmed",
                        "emailId",
                        UUID.randomUUID().toString()));

        var masked = entry.masked().detail();

        assertThat(masked.get("to")).asString().doesNotContain("ada@example.com", "ada@", "example");
        assertThat(masked.get("subject")).isEqualTo("Order SO-100042 confirmed");
        assertThat(masked.get("kind")).isEqualTo("ORDER_CONFIRMATION");
    }

    private static Shipment shipped(
            @Nullable String carrier,
            @Nullable String trackingNumber,
            @Nullable String trackingUrl,
            List<ShipmentPackage> packages) {
        var now = Instant.parse("2026-12-07T10:00:00Z");
        return new Shipment(
                UUID.randomUUID(),
                "SO-100042-2",
                UUID.randomUUID(),
                "SO-100042",
                ShipmentStatus.SHIPPED,
                new Address("Home", "1 Elm St", "Suite 2", "Austin", "TX", "73301", "US"),
                UUID.randomUUID(),
                "Express",
                null,
                UUID.randomUUID(),
                List.of(
                        new ShipmentLine(UUID.randomUUID(), "BRK-7", "Bracket", 3, true, false, null),
                        new ShipmentLine(UUID.randomUUID(), null, "Engraved plate", 1, false, false, null)),
                carrier,
                trackingNumber,
                trackingUrl,
                packages,
                UUID.randomUUID(),
                null,
                now,
                now,
                null,
                List.<ShipmentAction>of(ShipmentAction.DELIVER),
                5,
                now,
                now);
    }
}

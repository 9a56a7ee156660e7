package dev.ordino.fulfillment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.fulfillment.Picklist;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.fulfillment.ShipmentStatus;
import dev.ordino.fulfillment.internal.documents.PackingSlips;
import dev.ordino.shared.Address;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A picklist's PDF: a first page with what to gather per warehouse (each SKU once, its units summed over the
 * shipments), then a packing slip per shipment on a page of its own.
 */
class PackingSlipsTests {

    private static final UUID MAIN = UUID.randomUUID();
    private static final UUID EAST = UUID.randomUUID();
    private static final Map<UUID, String> WAREHOUSES = Map.of(MAIN, "Main warehouse", EAST, "East depot");

    private final PackingSlips slips = PackingSlips.standalone();

    @Test
    void thePickListSumsEachSkuPerWarehouseAndEachShipmentGetsItsOwnPackingSlip() throws IOException {
        var first = shipment(
                "SO-100042-1",
                "SO-100042",
                MAIN,
                "Express",
                new Address("Home", "1 Elm St", "Suite 2", "Austin", "TX", "73301", "US"),
                line("BRK-7", "Bracket", 3),
                line("BOLT-M8", "Bolt M8", 20));
        var second = shipment(
                "SO-100043-1",
                "SO-100043",
                MAIN,
                "Standard",
                new Address(null, "Hauptstraße 5", null, "Berlin", null, "10115", "DE"),
                line("BRK-7", "Bracket", 4));
        var third = shipment(
                "SO-100044-2",
                "SO-100044",
                EAST,
                null,
                new Address(null, "9 Harbour Rd", null, "Boston", "MA", "02110", "US"),
                new ShipmentLine(UUID.randomUUID(), null, "Engraved plate «Straße & Söhne»", 1, false, false, null));
        var picklist = new Picklist(
                UUID.randomUUID(),
                "PL-000007",
                List.of(first, second, third),
                "clerk",
                Instant.parse("2026-12-07T10:15:00Z"),
                "/api/v1/picklists/x");

        var pdf = slips.render(picklist, WAREHOUSES);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            var pickList = page(document, 1);
            assertThat(pickList)
                    .contains("Pick list", "PL-000007", "2026-12-07 10:15 UTC", "clerk")
                    .contains("Main warehouse", "East depot")
                    .contains("BRK-7", "Bracket", "BOLT-M8", "Engraved plate «Straße & Söhne»")
                    .contains("SO-100042-1", "SO-100043-1", "SO-100044-2");
            assertThat(pickList.lines().filter(l -> l.contains("BRK-7")))
                    .singleElement()
                    .asString()
                    .contains("Bracket 7"); // 3 + 4 of one SKU in one warehouse
            assertThat(pickList).contains("27 units to gather", "1 unit to gather");
            assertThat(pickList.indexOf("East depot"))
                    .as("warehouses by name")
                    .isLessThan(pickList.indexOf("Main warehouse"));

            var slip1 = page(document, 2);
            assertThat(slip1)
                    .contains("Packing slip", "SO-100042-1", "SO-100042", "Express", "Main warehouse")
                    .contains("1 Elm St", "Suite 2", "73301 Austin", "TX", "US")
                    .contains("BRK-7", "BOLT-M8")
                    .doesNotContain("SO-100043");
            assertThat(page(document, 3))
                    .contains("SO-100043-1", "Hauptstraße 5", "10115 Berlin", "Standard", "BRK-7")
                    .doesNotContain("BOLT-M8");
            assertThat(page(document, 4)).contains("SO-100044-2", "East depot", "Engraved plate", "02110 Boston");

            var font =
                    document.getPage(0).getResources().getFontNames().iterator().next();
            assertThat(document.getPage(0).getResources().getFont(font).isEmbedded())
                    .isTrue();
        }
    }

    @Test
    void aShipmentWithoutAWarehouseIsGatheredUnderItsOwnHeading() throws IOException {
        var waiting = shipment(
                "SO-100050-1",
                "SO-100050",
                null,
                null,
                new Address(null, "1 Elm St", null, "Austin", null, "73301", "US"),
                line("BRK-7", "Bracket", 2));
        var unnamed = UUID.randomUUID();
        var elsewhere = shipment(
                "SO-100051-1",
                "SO-100051",
                unnamed,
                null,
                new Address(null, "1 Elm St", null, "Austin", null, "73301", "US"),
                line("BRK-7", "Bracket", 1));
        var picklist =
                new Picklist(UUID.randomUUID(), "PL-000008", List.of(waiting, elsewhere), "clerk", Instant.now(), "/x");

        try (var document = Loader.loadPDF(slips.render(picklist, WAREHOUSES))) {
            var pickList = page(document, 1);
            assertThat(pickList).contains("No warehouse assigned", unnamed.toString());
            assertThat(pickList.indexOf(unnamed.toString())).isLessThan(pickList.indexOf("No warehouse assigned"));
        }
    }

    private static String page(org.apache.pdfbox.pdmodel.PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static ShipmentLine line(String sku, String title, int quantity) {
        return new ShipmentLine(UUID.randomUUID(), sku, title, quantity, true, false, null);
    }

    private static Shipment shipment(
            String number,
            String orderNumber,
            @Nullable UUID warehouseId,
            @Nullable String method,
            Address address,
            ShipmentLine... lines) {
        var now = Instant.parse("2026-12-07T10:00:00Z");
        return new Shipment(
                UUID.randomUUID(),
                number,
                UUID.randomUUID(),
                orderNumber,
                ShipmentStatus.PACKING,
                address,
                method == null ? null : UUID.randomUUID(),
                method,
                LocalDate.of(2026, 12, 10),
                warehouseId,
                List.of(lines),
                null,
                null,
                null,
                List.of(),
                UUID.randomUUID(),
                null,
                now,
                null,
                null,
                List.<ShipmentAction>of(),
                3,
                now,
                now);
    }
}

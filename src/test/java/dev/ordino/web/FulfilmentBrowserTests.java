package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The fulfilment walk (issue 20 §8): an order placed for a product nobody has in stock waits for inventory; a
 * manager counts stock in on the Inventory page and the shipment has its inventory assigned; paid on the Payments
 * tab, it is released, added to a picklist and completed with a tracking number, and the order is fulfilled. Its
 * buyer sees the shipment, read-only. And the Warehouses page and the fulfilment queue: a warehouse and a group
 * added by form, released shipments of two orders ticked onto one picklist whose PDF the page links to.
 */
class FulfilmentBrowserTests extends BrowserTest {

    @Test
    void anOrderWaitsForStockIsRestockedPaidReleasedPickedAndShippedAndTheOrderIsFulfilled() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var warehouse = aWarehouse("wb-" + marker, "Browser warehouse " + marker);
        var group = api.post(
                        "/warehouse-groups",
                        Map.of(
                                "code",
                                "gb-" + marker,
                                "name",
                                "Browser group " + marker,
                                "warehouseIds",
                                List.of(warehouse)))
                .expect(201)
                .at("/id");
        var channel = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "ful-" + marker,
                                "name",
                                "Fulfilment channel " + marker,
                                "workflow",
                                "DIRECT",
                                "warehouseGroupId",
                                group))
                .expect(201)
                .at("/id");
        var product = fixtures.aProduct("FUL")
                .named("Kettle " + marker)
                .priced("20.00")
                .with("trackInventory", true)
                .create();
        var customer = fixtures.aBusinessCustomer("ship")
                .withAddress(OrderFixtures.address("Dock", "4 Harbour Rd", "Austin", "73301"))
                .create();
        var orderId =
                fixtures.aCompleteDraft(customer, product.id(), 2, channel).placed();
        var manager = aUser("MANAGER", null, marker);
        signIn(manager);

        // The Shipments tab: one shipment, waiting for stock, not yet to be released
        open("/orders/" + orderId);
        click(By.id("tab-shipments"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/shipments$"));
        var shipment = find(By.cssSelector(".shipment-card")).getAttribute("data-shipment-id");
        assertThat(all(By.cssSelector(".shipment-card"))).hasSize(1);
        assertThat(shipmentStatus(shipment)).isEqualTo("Awaiting inventory");
        assertThat(find(By.id("shipment-lines-" + shipment)).getText())
                .contains(product.sku(), "Kettle " + marker, "2");
        assertThat(find(By.id("shipment-address-" + shipment)).getText()).contains("4 Harbour Rd", "Austin");
        assertThat(all(By.id("release-" + shipment))).isEmpty();
        assertThat(unlabelledControls()).as("Shipments tab").isEmpty();

        // Inventory: five counted in at the group's warehouse
        click(By.id("nav-inventory"));
        waitFor(ExpectedConditions.urlMatches(".*/inventory$"));
        type(By.id("adjust-sku"), product.sku());
        new Select(find(By.id("adjust-warehouse"))).selectByValue(warehouse);
        type(By.id("adjust-delta"), "5");
        type(By.id("adjust-reason"), "Delivery from the supplier " + marker);
        assertThat(unlabelledControls()).as("Inventory").isEmpty();
        click(By.id("adjust-submit"));
        assertThat(notice()).contains(product.sku(), "+5", "5 on hand", "2 reserved", "3 available");
        var level = find(By.id("level-" + product.sku() + "-" + warehouse));
        assertThat(level.findElement(By.className("level-on-hand")).getText()).isEqualTo("5");
        assertThat(level.findElement(By.className("level-reserved")).getText()).isEqualTo("2");
        assertThat(level.findElement(By.className("level-available")).getText()).isEqualTo("3");
        click(By.id("inventory-history-link"));
        assertThat(find(By.id("movements")).getText())
                .contains("Adjusted", "+5", "Delivery from the supplier " + marker, "Reserved");

        // Counting out more than is free is refused on the page, and changes nothing
        open("/inventory?sku=" + product.sku());
        type(By.id("adjust-sku"), product.sku());
        new Select(find(By.id("adjust-warehouse"))).selectByValue(warehouse);
        type(By.id("adjust-delta"), "-4");
        type(By.id("adjust-reason"), "Broken in the warehouse");
        click(By.id("adjust-submit"));
        assertThat(find(By.id("problem")).getText()).isNotBlank();
        assertThat(find(By.id("adjust-delta")).getAttribute("value"))
                .as("the typing kept")
                .isEqualTo("-4");
        assertThat(find(By.cssSelector("#level-" + product.sku() + "-" + warehouse + " .level-on-hand"))
                        .getText())
                .isEqualTo("5");

        // The shipment has its stock, from the group's warehouse
        open("/orders/" + orderId + "/shipments");
        assertThat(shipmentStatus(shipment)).isEqualTo("Inventory assigned");
        assertThat(find(By.id("shipment-warehouse-" + shipment)).getText()).contains("Browser warehouse " + marker);

        // Paid by hand on the Payments tab
        click(By.id("tab-payments"));
        new Select(find(By.id("payment-method"))).selectByValue("MANUAL");
        type(By.id("payment-reference"), "Bank transfer " + marker);
        click(By.id("accept-payment-button"));
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("PAID");

        // Release, Add to picklist, Complete with a tracking number
        click(By.id("tab-shipments"));
        click(By.id("release-" + shipment));
        assertThat(notice()).endsWith("is now released.");
        assertThat(shipmentStatus(shipment)).isEqualTo("Released");
        click(By.id("pack-" + shipment));
        assertThat(notice()).endsWith("is now packing.");
        assertThat(shipmentStatus(shipment)).isEqualTo("Packing");
        assertThat(find(By.id("shipment-picklist-" + shipment)).getAttribute("href"))
                .endsWith(".pdf");
        click(By.id("ship-" + shipment));
        type(By.id("ship-carrier-" + shipment), "UPS");
        type(By.id("ship-tracking-" + shipment), "1Z" + marker);
        type(By.id("ship-weight-" + shipment), "1200");
        assertThat(unlabelledControls()).as("Complete form").isEmpty();
        click(By.id("ship-confirm-" + shipment));
        assertThat(notice()).endsWith("is now shipped.");
        assertThat(shipmentStatus(shipment)).isEqualTo("Shipped");
        assertThat(find(By.id("shipment-tracking-" + shipment)).getText()).contains("UPS", "1Z" + marker);
        assertThat(find(By.id("shipment-packages-" + shipment)).getText()).contains("1200 g");
        assertThat(statusBadge()).isEqualTo("Fulfilled");
        assertThat(find(By.id("fulfillment-status")).getText()).isEqualTo("Fulfilled");
        screenshot("fulfilment-shipped");
        assertThat(api.get("/orders/" + orderId)
                        .expect(200)
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("FULFILLED");

        // The order's Inventory tab: reserved, then shipped
        click(By.id("tab-inventory"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/inventory-history$"));
        assertThat(find(By.id("movements")).getText()).contains(product.sku(), "Reserved", "Shipped", "-2");
        open("/inventory?sku=" + product.sku());
        var after = find(By.id("level-" + product.sku() + "-" + warehouse));
        assertThat(after.findElement(By.className("level-on-hand")).getText()).isEqualTo("3");
        assertThat(after.findElement(By.className("level-reserved")).getText()).isEqualTo("0");

        // Its buyer sees the shipment and its tracking, and no step to take
        signIn(aUser("BUYER", customer.id(), marker));
        open("/orders/" + orderId);
        click(By.id("tab-shipments"));
        assertThat(shipmentStatus(shipment)).isEqualTo("Shipped");
        assertThat(find(By.id("shipment-tracking-" + shipment)).getText()).contains("1Z" + marker);
        assertThat(all(By.cssSelector("#shipments form"))).isEmpty();
        assertThat(all(By.id("tab-inventory"))).isEmpty();
        assertThat(all(By.id("nav-inventory"))).isEmpty();
    }

    @Test
    void aManagerAddsAWarehouseAndAGroupAndPicksTwoReleasedShipmentsOnOnePicklist() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var manager = aUser("MANAGER", null, marker);
        signIn(manager);

        // Warehouses: one added by form, then a group of it
        click(By.id("nav-warehouses"));
        waitFor(ExpectedConditions.urlMatches(".*/warehouses$"));
        type(By.id("warehouse-code"), "wq-" + marker);
        type(By.id("warehouse-name"), "Queue warehouse " + marker);
        type(By.id("warehouse-line1"), "9 Depot Way");
        type(By.id("warehouse-city"), "Austin");
        type(By.id("warehouse-postal-code"), "73301");
        type(By.id("warehouse-country"), "US");
        assertThat(unlabelledControls()).as("Warehouses").isEmpty();
        click(By.id("warehouse-submit"));
        assertThat(notice()).contains("Queue warehouse " + marker, "added");
        var warehouse = find(By.id("warehouse-wq-" + marker)).getText();
        assertThat(warehouse).contains("9 Depot Way");
        type(By.id("group-code"), "gq-" + marker);
        type(By.id("group-name"), "Queue group " + marker);
        new Select(find(By.id("group-warehouse-1")))
                .selectByVisibleText("1. Queue warehouse " + marker + " (wq-" + marker + ")");
        click(By.id("group-submit"));
        assertThat(notice()).contains("Queue group " + marker, "1 warehouse");
        assertThat(find(By.id("group-gq-" + marker)).getText()).contains("Queue warehouse " + marker);

        // Two paid orders of a product that ships without stock, released by API
        var product = fixtures.aProduct("FUQ").priced("5.00").create();
        var customer = fixtures.aBusinessCustomer("queue")
                .withAddress(OrderFixtures.address("Shop", "5 Market St", "Austin", "73301"))
                .create();
        var numbers = new java.util.ArrayList<String>();
        var shipments = new java.util.ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            var orderId =
                    fixtures.aCompleteDraft(customer, product.id(), 1, null).placed();
            api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL"))
                    .expect(201);
            var shipment = api.get("/orders/" + orderId + "/shipments")
                    .expect(200)
                    .json()
                    .at("/items/0");
            api.post("/shipments/" + shipment.at("/id").asString() + "/release", Map.of())
                    .expect(200);
            shipments.add(shipment.at("/id").asString());
            numbers.add(shipment.at("/number").asString());
        }

        // The queue opens on what is ready: both are there; ticked, they go on one picklist
        click(By.id("nav-fulfilment"));
        waitFor(ExpectedConditions.urlMatches(".*/fulfilment$"));
        type(By.id("queue-q"), numbers.get(0));
        click(By.id("queue-filter-apply"));
        assertThat(find(By.id("queue-" + shipments.get(0))).getText()).contains(numbers.get(0));
        assertThat(all(By.id("queue-" + shipments.get(1)))).as("filtered out").isEmpty();
        click(By.id("queue-tab-ready"));
        find(By.id("queue-q")).clear();
        click(By.id("queue-filter-apply"));
        for (var shipment : shipments) {
            assertThat(find(By.id("queue-" + shipment)).getText()).contains("Released");
            click(By.id("pick-" + shipment));
        }
        assertThat(unlabelledControls()).as("Fulfilment queue").isEmpty();
        screenshot("fulfilment-queue");
        click(By.id("add-to-picklist"));
        assertThat(notice()).contains("Picklist ", "2 shipments");
        var pdf = find(By.id("picklist-pdf")).getAttribute("href");
        assertThat(pdf).matches(".*/picklists/[0-9a-f-]{36}\\.pdf$");
        click(By.id("queue-tab-packing"));
        for (var shipment : shipments) {
            assertThat(find(By.id("queue-" + shipment)).getText()).contains("Packing");
        }
        for (var shipment : shipments) {
            assertThat(api.get("/shipments/" + shipment)
                            .expect(200)
                            .json()
                            .at("/status")
                            .asString())
                    .isEqualTo("PACKING");
        }
    }

    @Test
    void aPackedShipmentLinksItsPicklistsPdf() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("FUP").priced("7.00").create();
        var customer = fixtures.aBusinessCustomer("slip")
                .withAddress(OrderFixtures.address("Shop", "6 Market St", "Austin", "73301"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, product.id(), 1, null).placed();
        api.post("/orders/" + orderId + "/payments", Map.of("method", "MANUAL")).expect(201);
        var shipment = api.get("/orders/" + orderId + "/shipments")
                .expect(200)
                .json()
                .at("/items/0/id")
                .asString();
        api.post("/shipments/" + shipment + "/release", Map.of()).expect(200);
        var manager = aUser("MANAGER", null, marker);
        signIn(manager);

        open("/orders/" + orderId + "/shipments");
        click(By.id("pack-" + shipment));
        var pdf = find(By.id("shipment-picklist-" + shipment)).getAttribute("href");
        assertThat(pdf).matches(".*/picklists/[0-9a-f-]{36}\\.pdf$");

        // the PDF, as the link gives it
        var client = new FormClient(port);
        client.signIn(manager, PASSWORD);
        var response = client.get(java.net.URI.create(pdf).getRawPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(response.body()).startsWith("%PDF");
    }

    @Test
    void aClerkSplitsAnOrderEditsAShipmentsDestinationAndCancelsTheOther() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("FUS").named("Chair " + marker).create();
        var customer = fixtures.aBusinessCustomer("split")
                .withAddress(OrderFixtures.address("Office", "7 Main St", "Austin", "73301"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, product.id(), 3, null).placed();
        signIn(aUser("CLERK", null, marker));
        open("/orders/" + orderId + "/shipments");
        var first = find(By.cssSelector(".shipment-card")).getAttribute("data-shipment-id");

        // A split without quantities is refused on the tab
        click(By.id("split-heading"));
        type(By.id("split-line1"), "8 Side St");
        type(By.id("split-city"), "Dallas");
        type(By.id("split-postal-code"), "75201");
        type(By.id("split-country"), "US");
        assertThat(unlabelledControls()).as("Split form").isEmpty();
        click(By.id("split-confirm"));
        assertThat(find(By.id("problem")).getText()).contains("lines");
        assertThat(all(By.cssSelector(".shipment-card"))).hasSize(1);

        // One chair goes to another address: two shipments
        click(By.id("split-heading"));
        type(By.id("split-line1"), "8 Side St");
        type(By.id("split-city"), "Dallas");
        type(By.id("split-postal-code"), "75201");
        type(By.id("split-country"), "US");
        type(By.id("split-quantity-0"), "1");
        click(By.id("split-confirm"));
        assertThat(notice()).contains("was split off");
        var cards = all(By.cssSelector(".shipment-card"));
        assertThat(cards).hasSize(2);
        var second = cards.stream()
                .map(c -> c.getAttribute("data-shipment-id"))
                .filter(id -> !id.equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(find(By.id("shipment-address-" + second)).getText()).contains("8 Side St", "Dallas");
        assertThat(find(By.id("shipment-lines-" + second)).getText()).contains("Chair " + marker);
        assertThat(find(By.id("shipment-lines-" + first)).getText()).contains("Chair " + marker, "2");

        // The first one's destination changes; the customer's address book does not
        click(By.id("destination-" + first));
        type(By.id("destination-" + first + "-line1"), "9 Dock Rd");
        click(By.id("destination-save-" + first));
        assertThat(notice()).contains("now goes to 9 Dock Rd");
        assertThat(find(By.id("shipment-address-" + first)).getText()).contains("9 Dock Rd");
        assertThat(api.get("/customers/" + customer.id()).expect(200).text()).doesNotContain("9 Dock Rd");

        // The split one is cancelled with a reason
        click(By.id("cancel-" + second));
        type(By.id("cancel-reason-" + second), "Customer collects it");
        click(By.id("cancel-confirm-" + second));
        assertThat(notice()).endsWith("is now cancelled.");
        assertThat(shipmentStatus(second)).isEqualTo("Cancelled");
        assertThat(all(By.cssSelector("#shipment-" + second + " form"))).isEmpty();
    }

    private String aWarehouse(String code, String name) {
        return api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "address",
                                OrderFixtures.address("Warehouse", "1 Dock St", "Austin", "73301")))
                .expect(201)
                .at("/id");
    }

    private String shipmentStatus(String shipment) {
        return find(By.cssSelector("#shipment-" + shipment + " .shipment-status"))
                .getText();
    }
}

package dev.ordino.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderQuery;
import dev.ordino.shared.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On an empty embedded database the demo data is there at start-up, and a second run adds nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoDataTests {

    @DynamicPropertySource
    static void ownEmptyDatabase(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("ordino.demo-data", () -> "");
    }

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustomerManagement customers;

    @Autowired
    OrderManagement orders;

    @Autowired
    DemoData demoData;

    @Autowired
    dev.ordino.fulfillment.FulfillmentManagement fulfillment;

    @Autowired
    dev.ordino.billing.BillingManagement billing;

    @Autowired
    dev.ordino.channels.ChannelManagement channels;

    @Autowired
    dev.ordino.identity.IdentityManagement identity;

    @Test
    void loadsACatalogCustomersAndDraftsForEachProductPageOnAnEmptyEmbeddedDatabase() throws Exception {
        var products = catalog.list(new ProductQuery(null, null, null), PageRequest.of(200, null))
                .items();
        assertThat(products).anyMatch(p -> !p.purchasable());
        assertThat(products).anyMatch(p -> p.toolingCost() != null && p.leadTimeDays() != null);
        assertThat(products).anyMatch(p -> p.contractPrices().size() == 4);
        assertThat(products).anyMatch(p -> !p.variants().isEmpty());

        var all = customers
                .list(new dev.ordino.customers.CustomerQuery(null, null, null), PageRequest.of(200, null))
                .items();
        assertThat(all).anyMatch(c -> c.type().name().equals("INDIVIDUAL"));
        assertThat(all)
                .anyMatch(
                        c -> c.type().name().equals("BUSINESS") && c.addresses().size() >= 3);

        var drafts = orders.list(
                        new OrderQuery(null, null, null, null, null, null, null, null), PageRequest.of(200, null))
                .items();
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(3);
        var manufacturerDraft = orders.get(drafts.stream()
                .filter(o -> "PO-7781".equals(o.referenceId()))
                .findFirst()
                .orElseThrow()
                .id());
        // Two lines are fully split; the gasket line is left half-allocated to show an incomplete line.
        assertThat(manufacturerDraft.lines())
                .filteredOn(manufacturerDraft::isComplete)
                .hasSize(2);

        // A staff user per role and a buyer per business customer, who can sign in with the README's password.
        assertThat(identity.countUsers()).isEqualTo(6);
        assertThat(identity.signIn("nora.buyer@northwind.example", "ordino-demo-password"))
                .hasValueSatisfying(buyer -> assertThat(buyer.isBuyer()).isTrue());

        // Two warehouses in one group, which the demo channels ship from, and stock to ship the drafts with.
        var warehouses = fulfillment.warehouses();
        assertThat(warehouses).hasSize(2);
        var group = fulfillment.groups().get(0);
        assertThat(group.warehouseIds()).hasSize(2);
        assertThat(channels.list(
                                new dev.ordino.channels.ChannelQuery(null, null, null, null), PageRequest.of(200, null))
                        .items())
                .filteredOn(c -> group.id().equals(c.warehouseGroupId()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(fulfillment
                        .inventory("TEE-ORG-M", null, PageRequest.of(200, null))
                        .items())
                .hasSize(2)
                .allSatisfy(level -> assertThat(level.available()).isPositive());

        long before = catalog.count();
        demoData.run(null);
        assertThat(catalog.count()).isEqualTo(before);
        assertThat(fulfillment.warehouses()).hasSize(2);
    }

    /** A newcomer places the demo phone order, takes its payment, and ships it from the demo stock. */
    @Test
    void aDemoOrderShipsFromTheDemoStock() {
        var phoneOrder = orders
                .list(new OrderQuery(null, null, null, null, null, null, null, null), PageRequest.of(200, null))
                .items()
                .stream()
                .filter(o -> "Gift wrap, please.".equals(orders.get(o.id()).notes()))
                .findFirst()
                .orElseThrow()
                .id();

        orders.place(phoneOrder, null);
        billing.pay(
                phoneOrder,
                new dev.ordino.billing.PaymentRequest(
                        dev.ordino.billing.Transaction.Method.MANUAL, null, "cash", null, null, null));
        var shipment = fulfillment.shipments(phoneOrder).get(0);
        assertThat(shipment.status()).isEqualTo(dev.ordino.fulfillment.ShipmentStatus.INVENTORY_ASSIGNED);
        fulfillment.release(shipment.id(), null);
        fulfillment.pack(shipment.id(), null);
        var shipped = fulfillment.ship(
                shipment.id(),
                new dev.ordino.fulfillment.ShipmentShipping("UPS", "1ZDEMO0001", java.util.List.of()),
                null);

        assertThat(shipped.status()).isEqualTo(dev.ordino.fulfillment.ShipmentStatus.SHIPPED);
        assertThat(orders.get(phoneOrder).status()).isEqualTo(dev.ordino.orders.OrderStatus.FULFILLED);
    }
}

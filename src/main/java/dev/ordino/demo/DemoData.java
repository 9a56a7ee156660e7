package dev.ordino.demo;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ContractPrice;
import dev.ordino.catalog.NewProduct;
import dev.ordino.catalog.NewProduct.NewVariant;
import dev.ordino.catalog.Product;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.NewChannel;
import dev.ordino.channels.Workflow;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.NewCustomer;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.NewWarehouse;
import dev.ordino.fulfillment.NewWarehouseGroup;
import dev.ordino.fulfillment.StockAdjustment;
import dev.ordino.fulfillment.Warehouse;
import dev.ordino.orders.AddressInput;
import dev.ordino.orders.DeliveryInput;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.NewOrder;
import dev.ordino.orders.NewTextTemplate;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.TextTemplateKind;
import dev.ordino.orders.TextTemplateManagement;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo data at start-up into an empty database. {@code ordino.demo-data} decides: {@code true} or
 * {@code false}; left empty, it is on with the embedded H2 database and off on a real database server.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final OrderManagement orders;
    private final TextTemplateManagement textTemplates;
    private final ChannelManagement channels;
    private final FulfillmentManagement fulfillment;
    private final DemoPricing pricing;
    private final DemoUsers people;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String setting;

    DemoData(
            CatalogManagement catalog,
            CustomerManagement customers,
            OrderManagement orders,
            TextTemplateManagement textTemplates,
            ChannelManagement channels,
            FulfillmentManagement fulfillment,
            DemoPricing pricing,
            DemoUsers people,
            DataSource dataSource,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${ordino.demo-data:}") String setting) {
        this.catalog = catalog;
        this.customers = customers;
        this.orders = orders;
        this.textTemplates = textTemplates;
        this.channels = channels;
        this.fulfillment = fulfillment;
        this.pricing = pricing;
        this.people = people;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.clock = clock;
        this.setting = setting;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!enabled()) {
            return;
        }
        if (catalog.count() > 0 || customers.count() > 0 || orders.count() > 0) {
            log.info("Demo data skipped: the database already holds data");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info(
                "Demo data loaded: {} products, {} customers, {} orders",
                catalog.count(),
                customers.count(),
                orders.count());
    }

    private boolean enabled() throws SQLException {
        if (setting != null && !setting.isBlank()) {
            return Boolean.parseBoolean(setting.trim());
        }
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        }
    }

    private void load() {
        // Texts staff pick for an order's note to the customer and its terms.
        textTemplates.create(new NewTextTemplate(
                TextTemplateKind.NOTE, "Thank you", "Thank you for your order. We will let you know when it ships."));
        textTemplates.create(new NewTextTemplate(
                TextTemplateKind.NOTE,
                "Tooling first",
                "Tooling is made before the first delivery; we confirm its dates once the tooling is approved."));
        textTemplates.create(new NewTextTemplate(
                TextTemplateKind.TERMS,
                "Payment on order",
                "Payable in full when the order is placed. Prices in USD, excluding tax unless stated."));
        textTemplates.create(new NewTextTemplate(
                TextTemplateKind.TERMS,
                "Net 30",
                "Payable within 30 days of the invoice date. Late payments may be charged interest."));
        // Lumi: a manufacturer's parts with tooling and lead times, and one that can no longer be bought.
        var housing = catalog.create(product("HSG-2040", "Injection-moulded housing", "12.80", 28, "4500.00", 180));
        var bracket = catalog.create(product("BRK-1100", "Aluminium mounting bracket", "3.45", 21, "1200.00", 95));
        var gasket = catalog.create(product("GSK-0300", "Silicone gasket", "0.62", 14, null, 8));
        var legacy = catalog.create(new NewProduct(
                "HSG-1010",
                "Housing, first generation",
                "Replaced by HSG-2040.",
                false,
                usd("11.90"),
                28,
                null,
                170,
                null,
                false,
                false,
                null,
                null,
                null,
                null));

        // omniCommerce and Optimizely: a merchant's products, with variants.
        var shirt = catalog.create(new NewProduct(
                "TEE-ORG",
                "Organic cotton T-shirt",
                "Heavyweight organic cotton.",
                true,
                usd("24.00"),
                2,
                null,
                220,
                "apparel",
                true,
                false,
                null,
                null,
                null,
                List.of(
                        new NewVariant("TEE-ORG-S", "Small", null, null),
                        new NewVariant("TEE-ORG-M", "Medium", null, null),
                        new NewVariant("TEE-ORG-XL", "Extra large", usd("26.00"), null))));
        var mug = catalog.create(product("MUG-CER", "Stoneware mug", "14.50", 3, null, 350));
        catalog.create(product("SKU-40707827", "Linen summer dress", "89.00", 5, null, 400));

        // FlexPortal: rental products with monthly prices per contract length.
        var laptop =
                catalog.create(rental("LAP-MBP14", "MacBook Pro 14\"", "2399.00", "139.00", "99.00", "79.00", "69.00"));
        var bike = catalog.create(rental("BIKE-URB", "Urban e-bike", "2890.00", "159.00", "119.00", "95.00", "85.00"));
        var chair = catalog.create(
                rental("CHR-ERGO", "Ergonomic office chair", "640.00", "39.00", "29.00", "22.00", "19.00"));

        // The pricing setup: a wholesale price list, tax zones, shipping methods, promotions and a coupon.
        var wholesale = pricing.wholesalePriceList();
        pricing.taxesAndShipping();
        pricing.promotions(bracket);

        // Two warehouses, tried in this order for the channels' orders (Luminous: a channel ships from its warehouse
        // group; orders on the default channel try every warehouse by code, so Dayton first too), and stock for
        // the products that track it: enough to ship the drafts below once they are placed, except the e-bike,
        // whose order waits for inventory until stock is counted in.
        var dayton = fulfillment.createWarehouse(new NewWarehouse(
                "dayton",
                "Dayton distribution centre",
                new Address("Receiving", "400 Commerce Drive", null, "Dayton", "OH", "45414", "US")));
        var reno = fulfillment.createWarehouse(new NewWarehouse(
                "reno", "Reno West", new Address(null, "1250 Logistics Way", "Dock 4", "Reno", "NV", "89502", "US")));
        var warehouses =
                fulfillment.createGroup(new NewWarehouseGroup("us", "United States", List.of(dayton.id(), reno.id())));
        stock(dayton, "HSG-2040", 300);
        stock(reno, "HSG-2040", 250);
        stock(dayton, "BRK-1100", 5000);
        stock(dayton, "GSK-0300", 10000);
        stock(dayton, "TEE-ORG-S", 40);
        stock(dayton, "TEE-ORG-M", 40);
        stock(dayton, "TEE-ORG-XL", 20);
        stock(reno, "TEE-ORG-M", 25);
        stock(dayton, "MUG-CER", 60);
        stock(reno, "MUG-CER", 30);
        stock(reno, "SKU-40707827", 12);
        stock(dayton, "LAP-MBP14", 8);
        stock(dayton, "CHR-ERGO", 20);

        // Lumi: buyers submit orders for review (a 30% deposit on acceptance) and accept the terms; Luminous: an
        // internal wholesale channel.
        var portal = channels.create(new NewChannel(
                "buyer-portal",
                "Buyer portal",
                "Purchase orders from customers' teams, reviewed for feasibility.",
                List.of("b2b"),
                false,
                Workflow.REVIEW,
                true,
                "2026-11",
                "Submitting an order does not guarantee its details or start production. Orders are reviewed and "
                        + "accepted before any billing or production takes place.",
                true,
                warehouses.id(),
                null,
                false,
                30,
                null,
                null,
                null,
                null,
                null,
                null));
        channels.create(new NewChannel(
                "wholesale",
                "Wholesale sales channel",
                "Orders entered by the sales team, pushed to the 3PL.",
                List.of("wholesale", "internal"),
                true,
                Workflow.DIRECT,
                false,
                null,
                null,
                false,
                warehouses.id(),
                wholesale.id(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null));

        var group = customers.createBillingGroup("Contoso group");
        var northwind = customers.create(new NewCustomer(
                CustomerType.BUSINESS,
                "purchasing@northwind.example",
                "Nora",
                "Lindqvist",
                "+1 937 555 0100",
                "Northwind Manufacturing",
                PaymentTerms.NET_30,
                null,
                null,
                false,
                null,
                List.of(
                        new Address("Plant 1", "100 Foundry Road", null, "Dayton", "OH", "45402", "US"),
                        new Address("Plant 2", "2200 Industrial Parkway", null, "Springfield", "OH", "45502", "US"),
                        new Address("Warehouse East", "8 Dock Street", "Gate 3", "Toledo", "OH", "43604", "US"))));
        var contoso = customers.create(new NewCustomer(
                CustomerType.BUSINESS,
                "it@contoso.example",
                "Carlos",
                "Mendes",
                "+1 425 555 0199",
                "Contoso Retail",
                PaymentTerms.NET_14,
                group.id(),
                null,
                false,
                null,
                List.of(new Address("Head office", "1 Contoso Plaza", null, "Redmond", "WA", "98052", "US"))));
        var jane = customers.create(new NewCustomer(
                CustomerType.INDIVIDUAL,
                "jane.doe@example.com",
                "Jane",
                "Doe",
                "+1 415 555 0142",
                null,
                null,
                null,
                null,
                false,
                null,
                List.of(new Address("Home", "742 Evergreen Terrace", null, "Portland", "OR", "97201", "US"))));
        customers.create(new NewCustomer(
                CustomerType.INDIVIDUAL,
                "max.mustermann@example.de",
                "Max",
                "Mustermann",
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                List.of(new Address("Home", "Hauptstraße 5", null, "München", "BY", "80331", "DE"))));

        // Staff for each role, and a buyer on each business customer's team.
        people.staff();
        people.buyer("nora.buyer@northwind.example", "Nora Lindqvist", northwind);
        people.buyer("carlos.buyer@contoso.example", "Carlos Mendes", contoso);

        var today = LocalDate.now(clock);
        var plant1 = location(northwind, "Plant 1");
        var plant2 = location(northwind, "Plant 2");
        var warehouse = location(northwind, "Warehouse East");

        // A manufacturer's draft: splits across plants and dates, one line on the standard schedule, a cost
        // still to be determined and one known.
        var manufacturerDraft = orders.create(new NewOrder(
                portal.id(),
                northwind.id(),
                null,
                null,
                null,
                "PO-7781",
                "Pallets must be shrink-wrapped.",
                new AddressInput(plant1, null, null, null, null, null, null, null, null),
                new AddressInput(plant1, null, null, null, null, null, null, null, null),
                null,
                List.of(
                        line(
                                housing,
                                500,
                                new DeliveryInput(
                                        DeliveryMode.CUSTOM,
                                        List.of(
                                                new DeliveryInput.Split(plant1, null, 300, today.plusDays(35)),
                                                new DeliveryInput.Split(plant2, null, 200, today.plusDays(63))))),
                        line(
                                bracket,
                                2000,
                                new DeliveryInput(
                                        DeliveryMode.STANDARD,
                                        List.of(new DeliveryInput.Split(warehouse, null, 2000, null)))),
                        // Half allocated on purpose: the order page shows it without its green check.
                        line(
                                gasket,
                                5000,
                                new DeliveryInput(
                                        DeliveryMode.STANDARD,
                                        List.of(new DeliveryInput.Split(plant1, null, 2500, null)))))));

        orders.addOtherCost(manufacturerDraft.id(), "Freight", null, null);
        orders.addOtherCost(manufacturerDraft.id(), "First article inspection", usd("250.00"), null);

        // A phone order drafted by a merchant for a consumer.
        orders.create(new NewOrder(
                null,
                jane.id(),
                null,
                null,
                null,
                null,
                "Gift wrap, please.",
                new AddressInput(jane.addresses().get(0).id(), null, null, null, null, null, null, null, null),
                new AddressInput(jane.addresses().get(0).id(), null, null, null, null, null, null, null, null),
                null,
                List.of(
                        new LineInput(shirt.id(), null, shirt.variants().get(1).id(), 2, null, null, null, null, null),
                        new LineInput(
                                mug.id(),
                                null,
                                null,
                                1,
                                usd("12.00"),
                                null,
                                null,
                                null,
                                "Matched a competitor's price"),
                        new LineInput(
                                null,
                                null,
                                null,
                                1,
                                null,
                                null,
                                new LineInput.CustomItem("Gift wrapping", usd("4.50"), null, true),
                                null,
                                null))));

        // A rental (subscription) order for a business in a billing group, placed and ready to fulfil: each line on
        // its own contract length, each unit waiting for its serial number (Subscriptions tab).
        var rentals = orders.create(new NewOrder(
                null,
                contoso.id(),
                null,
                null,
                null,
                "CON-2026-11",
                "Equipment for the new Seattle office.",
                new AddressInput(contoso.addresses().get(0).id(), null, null, null, null, null, null, null, null),
                new AddressInput(contoso.addresses().get(0).id(), null, null, null, null, null, null, null, null),
                null,
                List.of(
                        new LineInput(laptop.id(), null, null, 5, null, 12, null, null, null),
                        new LineInput(chair.id(), null, null, 5, null, 24, null, null, null),
                        new LineInput(bike.id(), null, null, 1, null, 36, null, null, null))));
        orders.place(rentals.id(), null);
        log.debug("{} is in the catalog but no longer purchasable", legacy.sku());
    }

    private void stock(Warehouse warehouse, String sku, int quantity) {
        fulfillment.adjust(new StockAdjustment(sku, warehouse.id(), quantity, "Opening stock"));
    }

    private static LineInput line(Product product, int quantity, DeliveryInput delivery) {
        return new LineInput(product.id(), null, null, quantity, null, null, null, delivery, null);
    }

    private static UUID location(Customer customer, String label) {
        return customer.addresses().stream()
                .filter(a -> label.equals(a.label()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static NewProduct product(
            String sku, String name, String price, Integer leadTimeDays, String tooling, Integer weightGrams) {
        return new NewProduct(
                sku,
                name,
                null,
                true,
                usd(price),
                leadTimeDays,
                tooling == null ? null : usd(tooling),
                weightGrams,
                null,
                true,
                false,
                null,
                null,
                null,
                null);
    }

    private static NewProduct rental(
            String sku, String name, String price, String m6, String m12, String m24, String m36) {
        return new NewProduct(
                sku,
                name,
                "Available to rent on 6 to 36-month contracts.",
                true,
                usd(price),
                5,
                null,
                null,
                null,
                true,
                false,
                null,
                List.of(
                        new ContractPrice(6, usd(m6)),
                        new ContractPrice(12, usd(m12)),
                        new ContractPrice(24, usd(m24)),
                        new ContractPrice(36, usd(m36))),
                null,
                null);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}

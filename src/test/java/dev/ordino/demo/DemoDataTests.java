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

        long before = catalog.count();
        demoData.run(null);
        assertThat(catalog.count()).isEqualTo(before);
    }
}

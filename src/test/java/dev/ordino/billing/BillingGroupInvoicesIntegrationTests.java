package dev.ordino.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The billing group's invoices (issue 21 §6): a billing run's consolidated invoice names the group and no customer,
 * {@code GET /invoices?billingGroupId=} and the Invoices page list it, and a member's customer page links there.
 *
 * <p>The subscriptions start in 2001 (as in the billing run tests), so that other tests' runs dated today do not
 * matter here; whatever else a run invoices is left out by the filter.
 */
class BillingGroupInvoicesIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private String marker;
    private String laptop;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
        laptop = fx.aProduct("BGI")
                .named("Laptop " + marker)
                .priced("1999.00")
                .with("contractPrices", List.of(Map.of("months", 12, "monthlyPrice", OrderFixtures.usd("45.00"))))
                .create()
                .id();
    }

    /** A placed rental order of one laptop for {@code customer}, subscribed from {@code start}. */
    private JsonNode subscribed(OrderFixtures.Customer customer, String serial, String start) {
        var orderId = fx.aDraft()
                .forCustomer(customer)
                .shippingTo(customer.addressId())
                .withLine(Map.of("productId", laptop, "quantity", 1, "contractMonths", 12))
                .create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);
        var lineId = api.get("/orders/" + orderId).expect(200).at("/lines/0/id");
        return api.post(
                        "/orders/" + orderId + "/lines/" + lineId + "/subscriptions",
                        Map.of("serialNumber", serial + "-" + marker, "startDate", start))
                .expect(201)
                .json();
    }

    private List<JsonNode> items(String path) {
        var items = new ArrayList<JsonNode>();
        api.get(path).expect(200).json().at("/items").forEach(items::add);
        return items;
    }

    @Test
    void theGroupsConsolidatedInvoiceIsListedByItsGroupInTheApiAndOnThePagesAMemberLinksTo() {
        var group = api.post("/billing-groups", Map.of("name", "Invoiced group " + marker))
                .expect(201)
                .at("/id");
        var other = api.post("/billing-groups", Map.of("name", "Other group " + marker))
                .expect(201)
                .at("/id");
        var member = fx.aBusinessCustomer("bgi")
                .company("Group Member " + marker)
                .paymentTerms("NET_14")
                .with("billingGroupId", group)
                .withAddress(OrderFixtures.address("HQ", "1 Group Way", "Austin", "78701"))
                .create();
        var loner = fx.anIndividualCustomer("bgi-alone")
                .withAddress(OrderFixtures.address("Home", "2 Alone St", "Austin", "78701"))
                .create();
        var groupSubscription = subscribed(member, "SN-G", "2001-06-01");
        assertThat(groupSubscription.at("/billingGroupId").asString()).isEqualTo(group);
        subscribed(loner, "SN-L", "2001-06-01");

        var run = api.post("/billing-runs", Map.of("date", "2001-06-01"))
                .expect(201)
                .json();

        var listed = items("/invoices?billingGroupId=" + group);
        assertThat(listed).hasSize(1);
        var consolidated = listed.get(0);
        assertThat(consolidated.at("/billingGroupId").asString()).isEqualTo(group);
        assertThat(consolidated.at("/customerId").isMissingNode()
                        || consolidated.at("/customerId").isNull())
                .isTrue();
        assertThat(consolidated.at("/lines/0/description").asString())
                .contains(groupSubscription.at("/number").asString());
        var runInvoices = new ArrayList<String>();
        run.at("/invoices").forEach(id -> runInvoices.add(id.asString()));
        assertThat(runInvoices).contains(consolidated.at("/id").asString());
        var own = items("/invoices?customerId=" + loner.id());
        assertThat(own).hasSize(1);
        assertThat(items("/invoices?billingGroupId=" + other)).isEmpty();
        assertThat(items("/invoices?billingGroupId=" + group + "&status=PAID"))
                .as("combined with the other filters")
                .isEmpty();

        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        var customerPage = manager.get("/customers/" + member.id());
        assertThat(customerPage.statusCode()).isEqualTo(200);
        assertThat(customerPage.body())
                .contains("id=\"c-billing-group-invoices\"", "href=\"/invoices?billingGroupId=" + group + "\"");
        assertThat(manager.get("/customers/" + loner.id()).body())
                .as("no group, no link")
                .doesNotContain("c-billing-group-invoices");

        var page = manager.get("/invoices?billingGroupId=" + group);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Invoiced group " + marker,
                        consolidated.at("/number").asString(),
                        "name=\"billingGroupId\"",
                        "value=\"" + group + "\"")
                .doesNotContain(own.get(0).at("/number").asString());
        assertThat(manager.get("/invoices?billingGroupId=" + other).body()).contains("No invoices.");
    }
}

package dev.ordino.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.support.Race;
import dev.ordino.support.SecondInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one database running the billing job at once (issue 21, "Done when"): billing
 * runs for the same date sent at the same moment, half to each instance, charge each subscription's period once
 * and invoice each customer and billing group once for it. What keeps them apart must be in the database (the
 * unique charge per subscription and period), not in either instance's memory.
 *
 * <p>PostgreSQL only ({@link SecondInstance}: skipped on H2). The subscriptions start in 2001, as in
 * {@link BillingRunIntegrationTests}, so that runs dated today charge none of them before the race.
 */
class BillingRunOnTwoInstancesIntegrationTests extends IntegrationTest {

    private static SecondInstance second;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start(Map.of());
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    /** Consecutive requests, and the parallel requests of a race, take turns between the two instances. */
    @Override
    protected Api over(Api thisInstance) {
        return thisInstance.alternatingWith(second.baseUrl());
    }

    @Test
    void runsForTheSameDateOnBothInstancesAtOnceChargeEachPeriodOnceAndInvoiceEachCustomerAndGroupOnce()
            throws Exception {
        var fx = new OrderFixtures(api);
        var marker = fx.marker();
        var laptop = fx.aProduct("TWO")
                .named("Laptop " + marker)
                .priced("1999.00")
                .with("contractPrices", List.of(Map.of("months", 12, "monthlyPrice", OrderFixtures.usd("30.00"))))
                .create()
                .id();
        var group = api.post("/billing-groups", Map.of("name", "Two instances " + marker))
                .expect(201)
                .at("/id");
        var members = List.of(
                fx.aBusinessCustomer("two-a")
                        .paymentTerms("NET_7")
                        .with("billingGroupId", group)
                        .withAddress(OrderFixtures.address("HQ", "1 Twin Rd", "Austin", "78701"))
                        .create(),
                fx.aBusinessCustomer("two-b")
                        .paymentTerms("NET_30")
                        .with("billingGroupId", group)
                        .withAddress(OrderFixtures.address("HQ", "2 Twin Rd", "Austin", "78701"))
                        .create());
        var individual = fx.anIndividualCustomer("two-ind")
                .withAddress(OrderFixtures.address("Home", "3 Twin Rd", "Austin", "78701"))
                .create();
        var subscriptions = new ArrayList<JsonNode>();
        subscriptions.addAll(subscribe(fx, laptop, members.get(0), 2, "2001-07-01", "A"));
        subscriptions.addAll(subscribe(fx, laptop, members.get(1), 2, "2001-07-01", "B"));
        subscriptions.addAll(subscribe(fx, laptop, individual, 2, "2001-07-10", "I"));
        assertThat(subscriptions).hasSize(6);

        // four runs at once, alternating: two on this instance, two on the other
        var responses = Race.race(4, 120, i -> api.post("/billing-runs", Map.of("date", "2001-08-15")));

        var invoicedBy = new HashMap<String, List<String>>();
        var runInvoices = new ArrayList<String>();
        for (var response : responses) {
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            response.json().at("/invoices").forEach(id -> runInvoices.add(id.asString()));
        }
        assertThat(runInvoices).as("no invoice in two runs").doesNotHaveDuplicates();
        for (var id : runInvoices) {
            var invoice = api.get("/invoices/" + id).expect(200).json();
            var groupId = invoice.at("/billingGroupId");
            var owner = groupId.isMissingNode() || groupId.isNull()
                    ? invoice.at("/customerId").asString()
                    : groupId.asString();
            invoicedBy.computeIfAbsent(owner, key -> new ArrayList<>()).add(id);
        }
        assertThat(invoicedBy.get(group)).as("the group invoiced once").hasSize(1);
        assertThat(invoicedBy.get(individual.id()))
                .as("the individual invoiced once")
                .hasSize(1);
        for (var member : members) {
            assertThat(invoicedBy).as("members are invoiced with their group").doesNotContainKey(member.id());
        }
        assertThat(api.get("/invoices?billingGroupId=" + group)
                        .expect(200)
                        .json()
                        .at("/items"))
                .hasSize(1);
        assertThat(api.get("/invoices?customerId=" + individual.id())
                        .expect(200)
                        .json()
                        .at("/items"))
                .hasSize(1);

        for (var subscription : subscriptions) {
            var id = UUID.fromString(subscription.at("/id").asString());
            var perPeriod = jdbc.sql("""
                    SELECT period_start, COUNT(*) AS n FROM subscription_charges
                    WHERE subscription_id = ? GROUP BY period_start ORDER BY period_start""")
                    .param(id)
                    .query((rs, n) -> Map.entry(rs.getObject("period_start").toString(), rs.getInt("n")))
                    .list();
            var group07 = subscription.at("/startDate").asString().equals("2001-07-01");
            assertThat(perPeriod)
                    .as(
                            "each period of %s charged once",
                            subscription.at("/number").asString())
                    .containsExactlyElementsOf(
                            group07
                                    ? List.of(Map.entry("2001-07-01", 1), Map.entry("2001-08-01", 1))
                                    : List.of(Map.entry("2001-07-10", 1), Map.entry("2001-08-10", 1)));
            var invoices = jdbc.sql("SELECT DISTINCT invoice_id FROM subscription_charges WHERE subscription_id = ?")
                    .param(id)
                    .query((rs, n) -> rs.getObject("invoice_id").toString())
                    .list();
            assertThat(invoices).as("both periods on one invoice").hasSize(1);
            assertThat(runInvoices).contains(invoices.get(0));
        }
    }

    /** A placed rental order of {@code units} laptops for {@code customer}, each unit subscribed from {@code start}. */
    private List<JsonNode> subscribe(
            OrderFixtures fx,
            String product,
            OrderFixtures.Customer customer,
            int units,
            String start,
            String serialPrefix) {
        var orderId = fx.aDraft()
                .forCustomer(customer)
                .shippingTo(customer.addressId())
                .withLine(Map.of("productId", product, "quantity", units, "contractMonths", 12))
                .create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);
        var lineId = api.get("/orders/" + orderId).expect(200).at("/lines/0/id");
        var result = new ArrayList<JsonNode>();
        for (int unit = 0; unit < units; unit++) {
            result.add(api.post(
                            "/orders/" + orderId + "/lines/" + lineId + "/subscriptions",
                            Map.of("serialNumber", "SN-" + serialPrefix + unit + "-" + fx.marker(), "startDate", start))
                    .expect(201)
                    .json());
        }
        return result;
    }
}

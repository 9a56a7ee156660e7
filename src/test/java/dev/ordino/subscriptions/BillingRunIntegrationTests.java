package dev.ordino.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.subscriptions.internal.BillingRuns;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.support.Race;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Recurring billing (issue 21 §4): a billing run charges every subscription's monthly periods that have started and
 * were not charged, one invoice per customer or per billing group (consolidated, due on the members' longest
 * terms), a cancelled last period prorated, each period once even when two runs go at once.
 *
 * <p>Subscriptions are stored directly (their creation from an order is tested with the subscriptions module); they
 * start in 2001 so that runs of other tests, dated today, charge none of these before this test runs, and these runs
 * charge none of theirs.
 */
class BillingRunIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BillingRuns runs;

    private OrderFixtures fx;
    private String marker;
    private int serial;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** A stored subscription: the first unit of an (imaginary) order line, for {@code customer}. */
    private Sub subscription(
            OrderFixtures.Customer customer,
            String customerType,
            String billingGroupId,
            String start,
            int months,
            String monthly,
            String status,
            String cancelledOn) {
        var id = UUID.randomUUID();
        var number = "SUB-" + marker + "-" + (++serial);
        var serialNumber = "SN-" + marker + "-" + serial;
        var startDate = d(start);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO subscriptions (id, number, order_id, order_number, line_id, customer_id, customer_name,
                    customer_email, customer_type, billing_group_id, sku, title, serial_number, active_serial,
                    start_date, end_date, contract_months, extended_months, monthly_amount, currency, status,
                    cancel_reason, cancelled_on, version, created_at, updated_at)
                VALUES (:id, :number, :orderId, :orderNumber, :lineId, :customerId, 'Test Buyer', 'x@example.com',
                    :customerType, :groupId, 'LAPTOP-14', 'Laptop 14', :serial, :activeSerial, :start, :end, :months,
                    0, :monthly, 'USD', :status, :reason, :cancelledOn, 1, :now, :now)""")
                .param("id", id)
                .param("number", number)
                .param("orderId", UUID.randomUUID())
                .param("orderNumber", "SO-" + marker)
                .param("lineId", UUID.randomUUID())
                .param("customerId", UUID.fromString(customer.id()))
                .param("customerType", customerType)
                .param("groupId", billingGroupId == null ? null : UUID.fromString(billingGroupId))
                .param("serial", serialNumber)
                .param("activeSerial", "ACTIVE".equals(status) ? serialNumber : null)
                .param("start", startDate)
                .param("end", startDate.plusMonths(months).minusDays(1))
                .param("months", months)
                .param("monthly", new BigDecimal(monthly))
                .param("status", status)
                .param("reason", cancelledOn == null ? null : "test")
                .param("cancelledOn", cancelledOn == null ? null : d(cancelledOn))
                .param("now", now)
                .update();
        return new Sub(id, number, serialNumber);
    }

    private record Sub(UUID id, String number, String serial) {}

    private Sub active(OrderFixtures.Customer customer, String start, int months, String monthly) {
        return subscription(customer, "INDIVIDUAL", null, start, months, monthly, "ACTIVE", null);
    }

    private OrderFixtures.Customer individual(String prefix) {
        return fx.anIndividualCustomer(prefix)
                .withAddress(OrderFixtures.address("Home", "1 Rent St", "Austin", "73301"))
                .create();
    }

    private JsonNode run(String date) {
        return api.post("/billing-runs", Map.of("date", date)).expect(201).json();
    }

    private JsonNode invoice(String id) {
        return api.get("/invoices/" + id).expect(200).json();
    }

    /** The invoices of a run that are for these customers or this group (other tests' leftovers are not ours). */
    private List<JsonNode> invoicesOf(JsonNode run, String... customerOrGroupIds) {
        var ids = List.of(customerOrGroupIds);
        var result = new ArrayList<JsonNode>();
        run.at("/invoices").forEach(id -> {
            var invoice = invoice(id.asString());
            if (ids.contains(invoice.at("/customerId").asString())
                    || ids.contains(invoice.at("/billingGroupId").asString())) {
                result.add(invoice);
            }
        });
        return result;
    }

    private List<Map<String, Object>> chargesOf(Sub sub) {
        return jdbc.sql("SELECT * FROM subscription_charges WHERE subscription_id = ? ORDER BY period_start")
                .param(sub.id())
                .query()
                .listOfRows();
    }

    @Test
    void aRunChargesThePeriodsThatStartedOnceAndInvoicesAnIndividualCustomerDueAtOnce() {
        var customer = individual("ind");
        var sub = active(customer, "2001-01-15", 12, "49.99");

        var before = run("2001-01-14");
        assertThat(invoicesOf(before, customer.id()))
                .as("nothing has started yet")
                .isEmpty();

        var first = run("2001-01-15");
        assertThat(first.at("/date").asString()).isEqualTo("2001-01-15");
        var invoices = invoicesOf(first, customer.id());
        assertThat(invoices).hasSize(1);
        var invoice = invoices.get(0);
        assertThat(invoice.at("/status").asString()).isEqualTo("OPEN");
        assertThat(invoice.at("/number").asString()).startsWith("INV-2001-");
        assertThat(invoice.at("/issueDate").asString()).isEqualTo("2001-01-15");
        assertThat(invoice.at("/dueDate").asString()).as("due at once").isEqualTo("2001-01-15");
        assertThat(invoice.at("/paymentTerms").asString()).isEqualTo("Due on receipt");
        assertThat(invoice.at("/buyer/address/city").asString()).isEqualTo("Austin");
        assertThat(invoice.at("/lines")).hasSize(1);
        var line = invoice.at("/lines/0");
        assertThat(line.at("/description").asString())
                .contains("Laptop 14", sub.number(), sub.serial(), "2001-01-15 – 2001-02-14");
        assertThat(line.at("/sku").asString()).isEqualTo("LAPTOP-14");
        assertThat(line.at("/total/amount").asString()).isEqualTo("49.99");
        assertThat(invoice.at("/totals/tax/amount").asString()).as("untaxed").isEqualTo("0.00");
        assertThat(invoice.at("/totals/total/amount").asString()).isEqualTo("49.99");
        assertThat(invoice.at("/amountDue/amount").asString()).isEqualTo("49.99");

        var again = run("2001-01-20");
        assertThat(invoicesOf(again, customer.id()))
                .as("the period is charged already")
                .isEmpty();

        var later = invoicesOf(run("2001-03-20"), customer.id());
        assertThat(later).hasSize(1);
        assertThat(later.get(0).at("/lines"))
                .extracting(l -> l.at("/description").asString())
                .satisfiesExactly(
                        l -> assertThat(l).contains("2001-02-15 – 2001-03-14"),
                        l -> assertThat(l).contains("2001-03-15 – 2001-04-14"));
        assertThat(later.get(0).at("/totals/total/amount").asString()).isEqualTo("99.98");

        assertThat(chargesOf(sub))
                .extracting(c -> c.get("period_start").toString())
                .containsExactly("2001-01-15", "2001-02-15", "2001-03-15");
    }

    @Test
    void aBillingGroupGetsOneConsolidatedInvoiceDueOnItsMembersLongestTerms() {
        var group = api.post("/billing-groups", Map.of("name", "Rental group " + marker))
                .expect(201)
                .at("/id");
        var net14 = fx.aBusinessCustomer("g14")
                .company("Acme " + marker)
                .paymentTerms("NET_14")
                .with("billingGroupId", group)
                .withAddress(OrderFixtures.address("HQ", "1 Group Rd", "Dallas", "75201"))
                .create();
        var net30 = fx.aBusinessCustomer("g30")
                .paymentTerms("NET_30")
                .with("billingGroupId", group)
                .withAddress(OrderFixtures.address("HQ", "2 Group Rd", "Dallas", "75201"))
                .create();
        var single = individual("single");
        var a = subscription(net14, "BUSINESS", group, "2001-02-01", 12, "30.00", "ACTIVE", null);
        var b = subscription(net14, "BUSINESS", group, "2001-02-10", 12, "20.00", "ACTIVE", null);
        var c = subscription(net30, "BUSINESS", group, "2001-02-05", 6, "10.50", "ACTIVE", null);
        var alone = active(single, "2001-02-03", 6, "15.00");

        var run = run("2001-02-10");

        var invoices = invoicesOf(run, group, single.id(), net14.id(), net30.id());
        assertThat(invoices).hasSize(2);
        var consolidated = invoices.stream()
                .filter(i -> group.equals(i.at("/billingGroupId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(consolidated.at("/customerId").isMissingNode()
                        || consolidated.at("/customerId").isNull())
                .isTrue();
        assertThat(consolidated.at("/buyer/name").asString()).isEqualTo("Rental group " + marker);
        assertThat(consolidated.at("/buyer/business").asBoolean()).isTrue();
        assertThat(consolidated.at("/dueDate").asString())
                .as("NET_30, the longest")
                .isEqualTo("2001-03-12");
        assertThat(consolidated.at("/paymentTerms").asString()).isEqualTo("Net 30 days");
        assertThat(consolidated.at("/lines"))
                .extracting(l -> l.at("/description").asString())
                .hasSize(3)
                .anySatisfy(l -> assertThat(l).contains(a.number()))
                .anySatisfy(l -> assertThat(l).contains(b.number()))
                .anySatisfy(l -> assertThat(l).contains(c.number()));
        assertThat(consolidated.at("/totals/total/amount").asString()).isEqualTo("60.50");

        var own = invoices.stream()
                .filter(i -> single.id().equals(i.at("/customerId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(own.at("/lines")).hasSize(1);
        assertThat(own.at("/lines/0/description").asString()).contains(alone.number());
        assertThat(own.at("/dueDate").asString()).isEqualTo("2001-02-10");

        var read =
                api.get("/billing-runs/" + run.at("/id").asString()).expect(200).json();
        assertThat(read.at("/invoices")).isEqualTo(run.at("/invoices"));
        assertThat(read.at("/charges").asInt())
                .isEqualTo(run.at("/charges").asInt())
                .isGreaterThanOrEqualTo(4);
        assertThat(read.at("/createdBy").asString()).isEqualTo(ADMIN_TOKEN_NAME);
    }

    @Test
    void aCancelledSubscriptionOwesItsPeriodsUpToTheDayBeforeTheCancellationTheLastProrated() {
        var customer = individual("cancel");
        var sub = subscription(customer, "INDIVIDUAL", null, "2001-01-15", 12, "49.99", "CANCELLED", "2001-03-01");

        var invoices = invoicesOf(run("2001-04-01"), customer.id());

        assertThat(invoices).hasSize(1);
        var lines = invoices.get(0).at("/lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/total/amount").asString()).isEqualTo("49.99");
        assertThat(lines.get(1).at("/description").asString()).contains("2001-02-15 – 2001-02-28", "14 of 28 days");
        // 49.99 × 14 / 28 = 24.995, HALF_EVEN
        assertThat(lines.get(1).at("/total/amount").asString()).isEqualTo("25.00");
        assertThat(chargesOf(sub)).hasSize(2);

        assertThat(invoicesOf(run("2001-06-01"), customer.id()))
                .as("nothing more after the cancellation")
                .isEmpty();
    }

    @Test
    void anEndedSubscriptionsLastPeriodsAreStillChargedButNothingAfterItsEndDate() {
        var customer = individual("ended");
        var sub = subscription(customer, "INDIVIDUAL", null, "2001-01-10", 3, "12.00", "ENDED", null);

        var invoices = invoicesOf(run("2001-09-01"), customer.id());

        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).at("/totals/total/amount").asString()).isEqualTo("36.00");
        assertThat(chargesOf(sub))
                .extracting(c -> c.get("period_end").toString())
                .containsExactly("2001-02-09", "2001-03-09", "2001-04-09");
    }

    @Test
    void twoRunsAtOnceChargeEachPeriodOnceAndInvoiceItOnce() throws Exception {
        var group = api.post("/billing-groups", Map.of("name", "Race group " + marker))
                .expect(201)
                .at("/id");
        var members = new ArrayList<OrderFixtures.Customer>();
        for (int i = 0; i < 3; i++) {
            members.add(fx.aBusinessCustomer("race" + i)
                    .paymentTerms("NET_7")
                    .with("billingGroupId", group)
                    .create());
        }
        var subs = new ArrayList<Sub>();
        var customerIds = new ArrayList<String>(List.of(group));
        for (var member : members) {
            subs.add(subscription(member, "BUSINESS", group, "2001-05-01", 12, "25.00", "ACTIVE", null));
            subs.add(subscription(member, "BUSINESS", group, "2001-05-20", 12, "40.00", "ACTIVE", null));
        }
        for (int i = 0; i < 4; i++) {
            var customer = individual("racer" + i);
            customerIds.add(customer.id());
            subs.add(active(customer, "2001-05-0" + (i + 1), 12, "19.99"));
        }

        var responses = Race.race(2, 60, i -> api.post("/billing-runs", Map.of("date", "2001-08-15")));

        // 6 group subscriptions and 4 own ones, 3 or 4 periods each
        int expected = 0;
        for (var sub : subs) {
            var charges = chargesOf(sub);
            assertThat(charges).hasSizeBetween(3, 4);
            expected += charges.size();
        }
        var lines = new ArrayList<String>();
        var invoiceIds = new ArrayList<String>();
        for (var response : responses) {
            assertThat(response.status()).isEqualTo(201);
            for (var invoice : invoicesOf(response.json(), customerIds.toArray(String[]::new))) {
                invoiceIds.add(invoice.at("/id").asString());
                invoice.at("/lines").forEach(l -> lines.add(l.at("/description").asString()));
            }
        }
        assertThat(lines)
                .as("each period on one invoice line")
                .hasSize(expected)
                .doesNotHaveDuplicates();
        assertThat(invoiceIds).doesNotHaveDuplicates();
        assertThat(invoiceIds)
                .as("one for the group, one per individual customer")
                .hasSize(5);
        for (var sub : subs) {
            for (var charge : chargesOf(sub)) {
                assertThat(invoiceIds).contains(charge.get("invoice_id").toString());
            }
        }
    }

    @Test
    void twoJobsAtOnceOnTheSameDateChargeEachPeriodOnce() throws Exception {
        var customers = new ArrayList<String>();
        var subs = new ArrayList<Sub>();
        for (int i = 0; i < 5; i++) {
            var customer = individual("job" + i);
            customers.add(customer.id());
            subs.add(active(customer, "2001-10-0" + (i + 1), 6, "9.99"));
            subs.add(active(customer, "2001-10-1" + i, 6, "5.00"));
        }
        var ready = new CountDownLatch(2);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<BillingRun>>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return runs.run(d("2001-12-31"));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            var invoices = new HashMap<String, Integer>();
            for (var future : futures) {
                var run = future.get(60, TimeUnit.SECONDS);
                assertThat(run.createdBy()).isEqualTo("system");
                for (var id : run.invoices()) {
                    var invoice = invoice(id.toString());
                    if (customers.contains(invoice.at("/customerId").asString())) {
                        invoices.merge(
                                invoice.at("/customerId").asString(),
                                invoice.at("/lines").size(),
                                Integer::sum);
                    }
                }
            }
            assertThat(invoices).hasSize(5);
            assertThat(invoices.values())
                    .as("3 periods of each of 2 subscriptions")
                    .containsOnly(6);
        } finally {
            pool.shutdownNow();
        }
        for (var sub : subs) {
            assertThat(chargesOf(sub)).hasSize(3);
        }
    }

    @Test
    void aRentalOrdersSubscriptionsAreInvoicedToTheCustomersBillingGroupOneCancelledAndProrated() {
        var group = api.post("/billing-groups", Map.of("name", "Flex group " + marker))
                .expect(201)
                .at("/id");
        var customer = fx.aBusinessCustomer("flex")
                .paymentTerms("NET_14")
                .with("billingGroupId", group)
                .withAddress(OrderFixtures.address("HQ", "1 Flex Way", "Austin", "78701"))
                .create();
        var laptop = fx.aProduct("FLX")
                .named("Laptop " + marker)
                .priced("1999.00")
                .with("contractPrices", List.of(Map.of("months", 12, "monthlyPrice", OrderFixtures.usd("45.00"))))
                .create()
                .id();
        var orderId = fx.aDraft()
                .forCustomer(customer)
                .shippingTo(customer.addressId())
                .withLine(Map.of("productId", laptop, "quantity", 2, "contractMonths", 12))
                .create();
        api.post("/orders/" + orderId + "/place", Map.of()).expect(200);
        var lineId = api.get("/orders/" + orderId)
                .expect(200)
                .json()
                .at("/lines/0/id")
                .asString();
        var kept = api.post(
                        "/orders/" + orderId + "/lines/" + lineId + "/subscriptions",
                        Map.of("serialNumber", "SN-K-" + marker, "startDate", "2001-03-01"))
                .expect(201)
                .json();
        var returned = api.post(
                        "/orders/" + orderId + "/lines/" + lineId + "/subscriptions",
                        Map.of("serialNumber", "SN-R-" + marker, "startDate", "2001-03-01"))
                .expect(201)
                .json();
        assertThat(returned.at("/billingGroupId").asString()).isEqualTo(group);
        api.post(
                        "/subscriptions/" + returned.at("/id").asString() + "/cancel",
                        Map.of("reason", "returned", "effectiveDate", "2001-04-16"))
                .expect(200);

        var invoices = invoicesOf(run("2001-05-01"), group, customer.id());

        assertThat(invoices).hasSize(1);
        var invoice = invoices.get(0);
        assertThat(invoice.at("/billingGroupId").asString()).isEqualTo(group);
        assertThat(invoice.at("/dueDate").asString()).isEqualTo("2001-05-15");
        assertThat(invoice.at("/lines"))
                .extracting(l -> l.at("/description").asString() + " = "
                        + l.at("/total/amount").asString())
                .containsExactlyInAnyOrder(
                        "Laptop " + marker + " · " + kept.at("/number").asString() + " · serial SN-K-" + marker
                                + " · 2001-03-01 – 2001-03-31 = 45.00",
                        "Laptop " + marker + " · " + kept.at("/number").asString() + " · serial SN-K-" + marker
                                + " · 2001-04-01 – 2001-04-30 = 45.00",
                        "Laptop " + marker + " · " + kept.at("/number").asString() + " · serial SN-K-" + marker
                                + " · 2001-05-01 – 2001-05-31 = 45.00",
                        "Laptop " + marker + " · " + returned.at("/number").asString() + " · serial SN-R-" + marker
                                + " · 2001-03-01 – 2001-03-31 = 45.00",
                        "Laptop " + marker + " · " + returned.at("/number").asString() + " · serial SN-R-" + marker
                                + " · 2001-04-01 – 2001-04-15 (15 of 30 days) = 22.50");
        assertThat(invoice.at("/totals/total/amount").asString()).isEqualTo("202.50");
    }

    @Test
    void aRunNeedsSubscriptionsWriteAndADateNotInTheFuture() {
        var token = api.post("/tokens", Map.of("name", "read " + marker, "scopes", List.of("orders:read")))
                .expect(201)
                .at("/token");
        var reader = api.as(token);
        reader.post("/billing-runs", Map.of("date", "2001-01-01")).expect(403);
        var run = run("2001-01-01");
        reader.get("/billing-runs/" + run.at("/id").asString()).expect(200);
        api.get("/billing-runs/" + UUID.randomUUID()).expect(404);
        var future = api.post(
                        "/billing-runs",
                        Map.of("date", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()))
                .expect(422);
        assertThat(future.json().at("/errors/0/pointer").asString()).isEqualTo("/date");
    }
}

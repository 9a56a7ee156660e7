package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.orders.OrderStatusChanged;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.support.SecondInstance;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;

/**
 * An event whose listener did not complete is delivered again, once, by one of two instances on one database. The
 * listener here fails its first delivery of each order's event, as if its instance had died half-way; the registry
 * keeps the publication incomplete, and the redelivery job (on whichever instance takes it) delivers it again.
 */
@Import(EventRedeliveryOnTwoInstancesIntegrationTests.Listener.class)
@TestPropertySource(
        properties = {
            "ordino.jobs.polling-interval=100ms",
            "ordino.events.redeliver-after=1s",
            "ordino.events.redelivery-interval=200ms"
        })
class EventRedeliveryOnTwoInstancesIntegrationTests extends IntegrationTest {

    /** Per order: how often its event reached a listener, and which deliveries completed. */
    static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    static final List<UUID> COMPLETED = new CopyOnWriteArrayList<>();

    private static SecondInstance second;

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start(
                Map.of(
                        "ordino.jobs.polling-interval", "100ms",
                        "ordino.events.redeliver-after", "1s",
                        "ordino.events.redelivery-interval", "200ms"),
                Listener.class);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listener {

        @ApplicationModuleListener
        void on(OrderStatusChanged changed) {
            if (ATTEMPTS.computeIfAbsent(changed.orderId(), id -> new AtomicInteger())
                            .incrementAndGet()
                    == 1) {
                throw new IllegalStateException("the first delivery fails, as if the instance had died");
            }
            COMPLETED.add(changed.orderId());
        }
    }

    @Test
    void anEventWhoseListenerDidNotCompleteIsDeliveredAgainOnceAcrossTwoInstances() throws Exception {
        var orders = List.of(placedOrder(), placedOrder(), placedOrder());

        awaitCompleted(orders, 20_000);
        Thread.sleep(3_000); // time for a second, wrong, redelivery

        for (var order : orders) {
            assertThat(ATTEMPTS.get(order)).as("deliveries of %s", order).hasValue(2);
            assertThat(COMPLETED.stream().filter(order::equals))
                    .as("completions of %s", order)
                    .hasSize(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Long.class)
                        .single())
                .as("incomplete publications")
                .isZero();
    }

    private UUID placedOrder() {
        var customer = new OrderFixtures(api)
                .anIndividualCustomer("redelivery")
                .named("Ree", "Delivery")
                .create()
                .id();
        var id = api.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customer,
                                "shippingAddress",
                                Map.of("line1", "1 Event St", "city", "Oslo", "postalCode", "0150", "country", "NO"),
                                "lines",
                                List.of(OrderFixtures.customLine(1, "Service", "10.00"))))
                .expect(201)
                .at("/id");
        api.post("/orders/" + id + "/place", null).expect(200);
        return UUID.fromString(id);
    }

    private static void awaitCompleted(List<UUID> orders, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!COMPLETED.containsAll(orders) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(COMPLETED).as("orders whose event was delivered again").containsAll(orders);
    }
}

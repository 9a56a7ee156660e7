package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Transitions are published through the event publication registry: a listener in another module gets
 * each one after commit, and the registry records it as completed.
 */
@Import(OrderEventsIntegrationTests.Listener.class)
class OrderEventsIntegrationTests extends IntegrationTest {

    @TestConfiguration
    static class Listener {

        private final List<OrderStatusChanged> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(OrderStatusChanged event) {
            received.add(event);
        }

        /** Read through a method: the listener bean is a proxy, whose own fields are empty. */
        List<OrderStatusChanged> received() {
            return received;
        }
    }

    @Autowired
    Listener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTransitionIsPublishedAfterCommitAndCompletedInTheRegistry() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var id = api.post(
                        "/orders",
                        Map.of(
                                "referenceId", "EV-" + marker,
                                "shippingAddress",
                                        Map.of(
                                                "line1",
                                                "1 Event St",
                                                "city",
                                                "Oslo",
                                                "postalCode",
                                                "0150",
                                                "country",
                                                "NO"),
                                "lines", List.of(OrderFixtures.customLine(1, "Service", "10.00"))))
                .expect(201)
                .at("/id");
        var customer = new OrderFixtures(api, marker)
                .anIndividualCustomer("ev")
                .named("Eve", "Vent")
                .create()
                .id();
        api.patch("/orders/" + id, Map.of("customerId", customer)).expect(200);
        api.post("/orders/" + id + "/place", null).expect(200);
        api.post("/orders/" + id + "/hold", Map.of("reason", "check stock")).expect(200);
        // A refused transition publishes nothing.
        api.post("/orders/" + id + "/confirm", null).expect(409);

        var orderId = UUID.fromString(id);
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received(orderId).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var events = received(orderId);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(OrderPlaced.class);
        var held = (OrderHeld) events.get(1);
        assertThat(held.from()).isEqualTo(OrderStatus.PENDING);
        assertThat(held.to()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.reason()).isEqualTo("check stock");
        assertThat(held.actor()).isEqualTo(ADMIN_TOKEN_NAME);

        while (incompletePublications(id) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(incompletePublications(id)).isZero();
        // the order's own events (billing publishes its own about the order, e.g. the invoice of its placing)
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication
                                WHERE serialized_event LIKE ? AND event_type LIKE 'dev.ordino.orders.%'""").param("%" + id + "%").query(Long.class).single())
                .isEqualTo(2);
    }

    private List<OrderStatusChanged> received(UUID orderId) {
        return listener.received().stream()
                .filter(e -> e.orderId().equals(orderId))
                .toList();
    }

    private long incompletePublications(String orderId) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
                .param("%" + orderId + "%")
                .query(Long.class)
                .single();
    }
}

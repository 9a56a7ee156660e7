package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The events of the lifecycle as another module sees them, written with Spring Modulith's {@link Scenario}: a
 * stimulus on the module's API, then the event it must publish. The model tests ({@code OrderEventsTests}) check
 * which event each transition registers; these check that it leaves the module. The stimulus calls
 * {@link OrderManagement} on the test's own thread (a scenario sees the events of its thread), where the actor is
 * the system itself; the drafts are set up over HTTP, as a client would.
 */
@EnableScenarios
class OrderEventScenarioTests extends IntegrationTest {

    @Autowired
    OrderManagement orders;

    @Test
    void placingADraftPublishesOrderPlaced(Scenario scenario) {
        var id = aCompleteDraft();

        scenario.stimulate(() -> orders.place(OrderId.of(id), null))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(OrderPlaced.class)
                .matching(placed -> placed.orderId().equals(id))
                .toArriveAndVerify(placed -> {
                    assertThat(placed.from()).isEqualTo(OrderStatus.initial());
                    assertThat(placed.to()).isEqualTo(OrderStatus.PENDING);
                    assertThat(placed.actor()).isEqualTo("system");
                });
    }

    @Test
    void holdingAPlacedOrderPublishesOrderHeldWithItsReason(Scenario scenario) {
        var id = aCompleteDraft();
        api.post("/orders/" + id + "/place", null).expect(200);

        scenario.stimulate(() -> orders.hold(OrderId.of(id), "check stock", null))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(OrderHeld.class)
                .matching(held -> held.orderId().equals(id))
                .toArriveAndVerify(held -> {
                    assertThat(held.from()).isEqualTo(OrderStatus.PENDING);
                    assertThat(held.to()).isEqualTo(OrderStatus.ON_HOLD);
                    assertThat(held.reason()).isEqualTo("check stock");
                });
    }

    @Test
    void deletingADraftPublishesOrderDeleted(Scenario scenario) {
        var id = aCompleteDraft();

        scenario.stimulate(() -> orders.delete(OrderId.of(id), null))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(OrderDeleted.class)
                .matching(deleted -> deleted.orderId().equals(id))
                .toArriveAndVerify(deleted -> assertThat(deleted.status()).isEqualTo(OrderStatus.initial()));
    }

    /** A draft on the default (DIRECT) channel that may be placed: a customer with its address, a custom line. */
    private UUID aCompleteDraft() {
        var fixtures = new OrderFixtures(api, OrderFixtures.newMarker());
        var customer = fixtures.anIndividualCustomer("scenario")
                .named("Scen", "Ario")
                .withAddress(OrderFixtures.address("Dock", "1 Scenario St", "Oslo", "0150"))
                .create();
        return UUID.fromString(fixtures.aDraft()
                .forCustomer(customer)
                .withLine(OrderFixtures.customLine(1, "Service", "10.00"))
                .create());
    }
}

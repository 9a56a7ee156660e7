package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.identity.Role;
import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An order's {@code allowedActions} are what the caller may take now, and retracting belongs to the side that
 * submitted (issue 18, defect 1): the API answers with the same actions the order page offers as buttons.
 */
class CallerActionsIntegrationTests extends IntegrationTest {

    private final String marker = OrderFixtures.newMarker();
    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String productId;
    private String channelId;

    @BeforeEach
    void catalogCustomerAndChannel() {
        fx = new OrderFixtures(api, marker);
        productId = fx.aProduct("CA").priced("10.00").create().id();
        customer = fx.aBusinessCustomer("ca")
                .withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301"))
                .create();
        channelId = fx.aReviewChannel("ca").with("openToBuyers", true).create();
    }

    private Api caller(Role role, String customerId) {
        var body = new HashMap<String, Object>();
        body.put(
                "email",
                role.name().toLowerCase() + "-ca-"
                        + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        body.put("name", role + " " + marker);
        body.put("role", role.name());
        body.put("password", "a caller actions test password");
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        var userId = api.post("/users", body).expect(201).at("/id");
        return api.as(api.post(
                        "/tokens",
                        Map.of("name", "ca " + marker, "userId", userId, "scopes", List.copyOf(role.scopes())))
                .expect(201)
                .at("/token"));
    }

    private static List<String> actions(JsonNode order) {
        var actions = new ArrayList<String>();
        order.at("/allowedActions").forEach(action -> actions.add(action.asString()));
        return actions;
    }

    private List<String> actionsSeenBy(Api caller, String orderId) {
        return actions(caller.get("/orders/" + orderId).expect(200).json());
    }

    @Test
    void anOrderListsOnlyTheActionsTheCallerMayTake() {
        var draft = fx.aCompleteDraft(customer, productId, 1, null).create(); // the default DIRECT channel

        assertThat(actionsSeenBy(api, draft)).containsExactly("place", "send-invoice", "delete", "clone");
        assertThat(actionsSeenBy(caller(Role.BUYER, customer.id()), draft))
                .as("a buyer neither places nor invoices")
                .containsExactly("delete", "clone");
        assertThat(actionsSeenBy(caller(Role.VIEWER, null), draft))
                .as("a viewer writes nothing")
                .isEmpty();

        var refused = caller(Role.BUYER, customer.id())
                .post("/orders/" + draft + "/retract", null)
                .expect(409)
                .json();
        assertThat(actions(refused))
                .as("a refused action names what the caller may take instead")
                .containsExactly("delete", "clone");

        var placed = fx.aCompleteDraft(customer, productId, 1, null).placed();
        assertThat(actionsSeenBy(caller(Role.CLERK, null), placed))
                .as("a clerk does not review")
                .containsExactly("clone");
        assertThat(actionsSeenBy(caller(Role.MANAGER, null), placed)).contains("confirm", "hold", "cancel");
    }

    @Test
    void retractBelongsToTheSideThatSubmitted() {
        var buyer = caller(Role.BUYER, customer.id());
        var manager = caller(Role.MANAGER, null);
        var byBuyer = new OrderFixtures(buyer, marker)
                .aDraft()
                .withLine(productId, 1)
                .shippingTo(customer.addressId())
                .billingTo(customer.addressId())
                .onChannel(channelId)
                .submitted();

        assertThat(actionsSeenBy(manager, byBuyer))
                .as("a manager answers a buyer's submission")
                .contains("accept", "reject")
                .doesNotContain("retract");
        var refused = manager.post("/orders/" + byBuyer + "/retract", null).expect(403);
        assertThat(refused.at("/detail")).contains("accept or reject");
        assertThat(actionsSeenBy(buyer, byBuyer)).contains("retract");
        assertThat(buyer.post("/orders/" + byBuyer + "/retract", null)
                        .expect(200)
                        .at("/status"))
                .isEqualTo("DRAFT");

        var byStaff = fx.aCompleteDraft(customer, productId, 1, channelId).submitted();
        assertThat(actionsSeenBy(buyer, byStaff)).doesNotContain("retract");
        buyer.post("/orders/" + byStaff + "/retract", null).expect(403);
        assertThat(actionsSeenBy(manager, byStaff)).contains("retract");
        assertThat(manager.post("/orders/" + byStaff + "/retract", null)
                        .expect(200)
                        .at("/status"))
                .isEqualTo("DRAFT");
    }
}

package dev.ordino.orders;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prices other than the catalog's need orders:price in the services themselves, not only in the security table
 * in front of the API: a clerk calling the order services directly (as a page would) is refused a credit, the
 * removal of a debit, a promotion on the order or on a line, and the order is left as it was.
 */
class PricePermissionIntegrationTests extends IntegrationTest {

    @Autowired
    private OrderManagement orders;

    @Autowired
    private OrderPricingManagement pricing;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void creditsDebitsAndPromotionsNeedThePricePermissionInTheServices() {
        var id = api.post("/orders", Map.of("lines", List.of(OrderFixtures.customLine(1, "Widget", "10.00"))))
                .expect(201)
                .at("/id");
        var debit = api.post(
                        "/orders/" + id + "/adjustments",
                        Map.of("kind", "DEBIT", "amount", usd("5.00"), "reason", "Rush"))
                .expect(201)
                .at("/id");
        var before = api.get("/orders/" + id).expect(200).json();
        var orderId = OrderId.of(UUID.fromString(id));
        var lineId = LineId.of(UUID.fromString(before.at("/lines/0/id").asString()));

        var clerk = new Actor(
                "user:" + UUID.randomUUID(), "Clerk", null, Set.of("orders:read", "orders:write", "catalog:read"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(clerk, null));
        var ten = new Money(new BigDecimal("10.00"), Currency.getInstance("USD"));
        List<ThrowingCallable> changes = List.of(
                () -> orders.addAdjustment(orderId, PricingInput.Adjustment.Kind.CREDIT, ten, "Friend", null),
                () -> orders.removeAdjustment(orderId, UUID.fromString(debit), null),
                () -> pricing.applyPromotion(orderId, UUID.randomUUID(), null),
                () -> pricing.addLinePromotion(orderId, lineId, UUID.randomUUID(), null));
        assertEachRefusedForThePermission(changes);
        SecurityContextHolder.clearContext();
        assertThat(api.get("/orders/" + id).expect(200).json()).isEqualTo(before);
    }

    /**
     * Issue 18, defect 2: taking a promotion off the order or a line needs what putting it on needs, in the
     * services too (the security table refuses only the promotions paths; a promotion's discount id also fits
     * the coupons path).
     */
    @Test
    void removingPromotionsNeedsThePricePermissionInTheServices() {
        var marker = OrderFixtures.newMarker();
        var product = new OrderFixtures(api, marker)
                .aProduct("RP")
                .priced("100.00")
                .create()
                .id();
        var orderPromotion = promotion(Map.of("name", "Order deal " + marker, "scope", "ORDER"));
        var linePromotion =
                promotion(Map.of("name", "Line deal " + marker, "scope", "PRODUCT", "productIds", List.of(product)));
        var created = api.post("/orders", Map.of("lines", List.of(Map.of("productId", product, "quantity", 1))))
                .expect(201)
                .json();
        var id = created.at("/id").asString();
        var line = created.at("/lines/0/id").asString();
        var discount = api.post("/orders/" + id + "/promotions", Map.of("promotionId", orderPromotion))
                .expect(201)
                .at("/id");
        api.post("/orders/" + id + "/lines/" + line + "/promotions", Map.of("promotionId", linePromotion))
                .expect(201);
        var before = api.get("/orders/" + id).expect(200).json();
        var orderId = OrderId.of(UUID.fromString(id));

        var clerk = new Actor(
                "user:" + UUID.randomUUID(), "Clerk", null, Set.of("orders:read", "orders:write", "catalog:read"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(clerk, null));
        List<ThrowingCallable> changes = List.of(
                () -> pricing.removeDiscount(orderId, UUID.fromString(discount), null),
                () -> pricing.removeLinePromotion(
                        orderId, LineId.of(UUID.fromString(line)), UUID.fromString(linePromotion), null));
        assertEachRefusedForThePermission(changes);
        SecurityContextHolder.clearContext();
        assertThat(api.get("/orders/" + id).expect(200).json()).isEqualTo(before);
    }

    private String promotion(Map<String, Object> fields) {
        var body = new java.util.LinkedHashMap<String, Object>(fields);
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 5);
        return api.post("/promotions", body).expect(201).at("/id");
    }

    private static void assertEachRefusedForThePermission(List<ThrowingCallable> changes) {
        for (int i = 0; i < changes.size(); i++) {
            assertThatThrownBy(changes.get(i))
                    .as("change " + i)
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.errors().get(0).code()).isEqualTo("permission"));
        }
    }
}

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
        for (int i = 0; i < changes.size(); i++) {
            assertThatThrownBy(changes.get(i))
                    .as("change " + i)
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.errors().get(0).code()).isEqualTo("permission"));
        }
        SecurityContextHolder.clearContext();
        assertThat(api.get("/orders/" + id).expect(200).json()).isEqualTo(before);
    }
}

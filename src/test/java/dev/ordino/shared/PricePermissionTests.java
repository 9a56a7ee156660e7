package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PricePermissionTests {

    @Test
    void settingAPriceOtherThanTheCatalogsNeedsOrdersPrice() {
        var clerk = new Actor("user:1", "Clerk", null, Set.of("orders:read", "orders:write"));
        assertThatThrownBy(() -> PricePermission.require(clerk, "/placedPrice", "a placed price"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.errors()).singleElement().satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo("/placedPrice");
                        assertThat(p.code()).isEqualTo("permission");
                        assertThat(p.message()).contains("a placed price", "orders:price");
                    });
                });
    }

    @Test
    void aManagerAndTheSystemSetPrices() {
        var manager = new Actor("user:2", "Manager", null, Set.of("orders:write", "orders:price"));
        assertThatCode(() -> PricePermission.require(manager, "/price", "a custom shipping price"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PricePermission.require(Actor.SYSTEM, "/price", "a custom shipping price"))
                .doesNotThrowAnyException();
    }

    @Test
    void noBuyerSetsAPriceWhateverHerScopesSay() {
        var buyer = new Actor("user:3", "Buyer", UUID.randomUUID(), Set.of("orders:write"));
        assertThatThrownBy(() -> PricePermission.require(buyer, "/taxExempt", "a customer's tax exemption"))
                .isInstanceOf(DomainException.class);
    }
}

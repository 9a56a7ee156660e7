package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The buyer's table, without Spring: each field in exactly one half, and each half as the issue wrote it. */
class BuyerEditsTests {

    private static final Actor BUYER =
            new Actor("b", "Nora", UUID.randomUUID(), Set.of("orders:read", "orders:write", "catalog:read"));
    private static final Actor CLERK = new Actor("c", "Clerk", null, Set.of("orders:read", "orders:write"));

    @Test
    void everyHeaderFieldAndEveryLineChangeIsInExactlyOneHalfOfTheTable() {
        var fields = new java.util.ArrayList<String>();
        for (var record : new Class<?>[] {OrderChanges.class, LineChanges.class}) {
            Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getName)
                    .filter(name -> !name.equals("placedPrice")
                            && !name.equals("placedPriceReason")
                            && !name.equals("pricingRule"))
                    .forEach(fields::add);
        }
        for (var field : fields) {
            assertThat(BuyerEdits.BUYER.contains(field) ^ BuyerEdits.STAFF_ONLY.containsKey(field))
                    .as(field)
                    .isTrue();
        }
        assertThat(BuyerEdits.BUYER).doesNotContainAnyElementsOf(BuyerEdits.STAFF_ONLY.keySet());
    }

    @Test
    void aBuyerChangesWhatSheOrdersWhereAndWhenItGoesAndHerOwnReferences() {
        for (var field : Set.of(
                "lines",
                "quantity",
                "splits",
                "billingAddress",
                "shippingAddress",
                "referenceId",
                "details",
                "coupons",
                "notes")) {
            assertThat(BuyerEdits.mayChange(BUYER, field)).as(field).isTrue();
            assertThatCode(() -> BuyerEdits.require(BUYER, field)).doesNotThrowAnyException();
        }
    }

    @Test
    void onlyStaffChangeTaxesOtherCostsShippingParcelCustomItemsNumberChannelAndCustomer() {
        for (var field : Set.of(
                "taxesEnabled", "otherCosts", "shipping", "parcel", "custom", "number", "channelId", "customerId")) {
            assertThat(BuyerEdits.mayChange(BUYER, field)).as(field).isFalse();
            assertThat(BuyerEdits.mayChange(CLERK, field)).as(field).isTrue();
            assertThatThrownBy(() -> BuyerEdits.require(BUYER, field))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.type().status()).isEqualTo(422);
                        assertThat(e.errors().get(0).pointer()).isEqualTo("/" + field);
                        assertThat(e.errors().get(0).code()).isEqualTo("staffOnly");
                    });
        }
    }

    @Test
    void aFieldInNeitherHalfIsAMistakeNotAPermission() {
        assertThatThrownBy(() -> BuyerEdits.mayChange(CLERK, "status")).isInstanceOf(IllegalArgumentException.class);
    }
}

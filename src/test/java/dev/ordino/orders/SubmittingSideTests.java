package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retracting belongs to the side that submitted (issue 18, defect 1), without Spring. */
class SubmittingSideTests {

    private static final Actor BUYER =
            new Actor("b", "Nora", UUID.randomUUID(), Set.of("orders:read", "orders:write", "catalog:read"));
    private static final Actor MANAGER =
            new Actor("m", "Manager", null, Set.of("orders:read", "orders:write", "orders:review"));

    @Test
    void aBuyerIsOnTheBuyersSideAndStaffAndTheSystemOnTheStaffs() {
        assertThat(SubmittingSide.of(BUYER)).isEqualTo(SubmittingSide.BUYER);
        assertThat(SubmittingSide.of(MANAGER)).isEqualTo(SubmittingSide.STAFF);
        assertThat(SubmittingSide.of(Actor.SYSTEM)).isEqualTo(SubmittingSide.STAFF);
    }

    @Test
    void retractBelongsToTheSideThatSubmitted() {
        assertThat(SubmittingSide.mayRetract(SubmittingSide.BUYER, BUYER)).isTrue();
        assertThat(SubmittingSide.mayRetract(SubmittingSide.BUYER, MANAGER))
                .as("a manager answers a buyer's submission, she does not take it back")
                .isFalse();
        assertThat(SubmittingSide.mayRetract(SubmittingSide.STAFF, MANAGER)).isTrue();
        assertThat(SubmittingSide.mayRetract(SubmittingSide.STAFF, BUYER)).isFalse();
    }

    @Test
    void anOrderSubmittedBeforeTheSideWasKeptMayBeRetractedByEitherSide() {
        assertThat(SubmittingSide.mayRetract(null, BUYER)).isTrue();
        assertThat(SubmittingSide.mayRetract(null, MANAGER)).isTrue();
    }

    @Test
    void theOtherSidesRetractIsForbiddenAndSaysWhatItMayDoInstead() {
        assertThatThrownBy(() -> SubmittingSide.requireRetractable(SubmittingSide.BUYER, MANAGER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN))
                .hasMessageContaining("accept or reject");
        assertThatCode(() -> SubmittingSide.requireRetractable(SubmittingSide.BUYER, BUYER))
                .doesNotThrowAnyException();
    }

    @Test
    void anOrderRemembersWhoSubmittedItUntilItIsRetracted() {
        var order = OrderModelFixtures.aDraft()
                .withLine("SKU-1", 2, OrderModelFixtures.split(2))
                .draft();
        order.submit(null, SubmittingSide.BUYER, OrderModelFixtures.CLERK);
        assertThat(order.submittedBy()).isEqualTo(SubmittingSide.BUYER);
        order.retract(OrderModelFixtures.CLERK);
        assertThat(order.submittedBy()).isNull();
    }
}

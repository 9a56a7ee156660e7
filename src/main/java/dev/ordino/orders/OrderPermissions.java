package dev.ordino.orders;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may take which action on an order, the one home of it for the API and the UI alike: reviewing needs
 * {@value #REVIEW_PERMISSION}, every other action {@value #WRITE_PERMISSION}; a buyer's team submits and
 * retracts while the merchant places, invoices and reverts; notes are the staff's. Which fields a buyer may
 * change is {@link BuyerEdits}'s, and who may set a price is {@code PricePermission}'s.
 */
@Component
class OrderPermissions {

    /** Accepting, rejecting, holding, releasing, confirming and cancelling are the staff's review. */
    static final String REVIEW_PERMISSION = "orders:review";

    static final String WRITE_PERMISSION = "orders:write";

    private final CurrentActor actor;

    OrderPermissions(CurrentActor actor) {
        this.actor = actor;
    }

    /**
     * The actions the caller may take on the order now: those its status allows that the caller may do, and
     * retract only for the side that submitted it ({@link SubmittingSide}).
     */
    List<OrderAction> actionsFor(Order order) {
        var caller = actor.get();
        return order.allowedActions().stream()
                .filter(action -> caller.may(action.isReview() ? REVIEW_PERMISSION : WRITE_PERMISSION))
                .filter(action -> !caller.isBuyer() || action.isForBuyers())
                .filter(action ->
                        action != OrderAction.RETRACT || SubmittingSide.mayRetract(order.submittedBy(), caller))
                .toList();
    }

    /** 403 unless the caller is on the side that submitted the order (see {@link SubmittingSide}). */
    void requireRetractable(Order order) {
        SubmittingSide.requireRetractable(order.submittedBy(), actor.get());
    }

    /** Whether the caller may edit everything of the order now: it is a draft and the caller writes orders. */
    boolean mayEdit(Order order) {
        return order.status().allowsEditing() && mayWrite();
    }

    /**
     * Whether the caller may change what is not fulfilled yet: quantities, splits, addresses, prices and charges
     * of a draft or of a placed order still open ({@code Editing.UNFULFILLED}); contract lengths, the channel, the
     * customer, the number and the order date stay {@link #mayEdit}'s.
     */
    boolean mayChange(Order order) {
        return order.status().allowsUnfulfilledEditing() && mayWrite();
    }

    /** Whether the caller writes orders at all: starts, clones and deletes drafts, and adds notes. */
    boolean mayWrite() {
        return actor.get().may(WRITE_PERMISSION);
    }

    /**
     * A buyer's team submits and retracts; placing, invoicing and reverting an invoice are the merchant's.
     * Checked after the order is found, so another customer's order stays "not found" to a buyer.
     */
    void requireStaff(OrderAction action) {
        if (actor.get().isBuyer()) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "a buyer cannot " + action.slug().replace('-', ' ') + " an order");
        }
    }

    void requireReviewPermission() {
        if (!actor.get().may(REVIEW_PERMISSION)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "reviewing orders needs the " + REVIEW_PERMISSION + " permission");
        }
    }

    /**
     * Notes are the staff's own conversation about an order: buyers neither read nor write them. Checked after
     * the order is found, as {@link #requireStaff} is.
     */
    void requireStaffForNotes() {
        if (actor.get().isBuyer()) {
            throw new DomainException(ProblemType.FORBIDDEN, "Notes on an order are for staff only");
        }
    }
}

package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.EUR;
import static dev.ordino.orders.OrderModelFixtures.NOW;
import static dev.ordino.orders.OrderModelFixtures.READY;
import static dev.ordino.orders.OrderModelFixtures.USD;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.eur;
import static dev.ordino.orders.OrderModelFixtures.events;
import static dev.ordino.orders.OrderModelFixtures.money;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static dev.ordino.orders.OrderModelFixtures.slugs;
import static dev.ordino.orders.OrderModelFixtures.split;
import static dev.ordino.orders.OrderModelFixtures.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order's payment ledger and the rules of taking a payment or a refund (no Spring). */
class OrderPaymentsTests {

    private static final UUID TX = UUID.randomUUID();

    private static Order aDraftToPay() {
        return aDraft().onDirectChannel().withLine("SKU-1", 2, split(2)).draft();
    }

    private static Order aPlacedOrder() {
        return aDraft().onDirectChannel().withLine("SKU-1", 2, split(2)).placed();
    }

    private static PaymentPolicy policy(Money amount) {
        return new PaymentPolicy(amount, new PlacementPolicy(READY));
    }

    // --- payment status, derived in one place ------------------------------------------------------------

    @Test
    void paymentStatusIsDerivedFromPaidRefundedAndTotal() {
        var total = eur("20.00");
        assertThat(PaymentStatus.of(eur("0"), eur("0"), total)).isEqualTo(PaymentStatus.UNPAID);
        assertThat(PaymentStatus.of(eur("5.00"), eur("0"), total)).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(PaymentStatus.of(eur("20.00"), eur("0"), total)).isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentStatus.of(eur("20.00"), eur("5.00"), total)).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.of(eur("20.00"), eur("20.00"), total)).isEqualTo(PaymentStatus.REFUNDED);
        // a free order paid nothing is not PAID: nothing was received
        assertThat(PaymentStatus.of(eur("0"), eur("0"), eur("0"))).isEqualTo(PaymentStatus.UNPAID);
    }

    @Test
    void amountDueIsTheTotalLessWhatWasPaidAndNeverBelowZero() {
        var payments = new Payments(eur("15.00"), eur("15.00"), null);
        assertThat(payments.amountDue(eur("20.00"))).isEqualTo(eur("5.00"));
        assertThat(payments.amountDue(eur("10.00"))).isEqualTo(eur("0.00"));
    }

    @Test
    void anOrderIsOverdueWhenSomethingIsDueAfterItsDueDate() {
        var today = LocalDate.of(2026, 4, 1);
        var due = new Payments(eur("0"), eur("0"), today.minusDays(1));
        assertThat(due.overdue(eur("20.00"), today)).isTrue();
        assertThat(due.overdue(eur("20.00"), today.minusDays(1)))
                .as("due today")
                .isFalse();
        assertThat(due.paid(eur("20.00")).overdue(eur("20.00"), today))
                .as("paid")
                .isFalse();
        assertThat(new Payments(eur("0"), eur("0"), null).overdue(eur("20.00"), today))
                .as("no due date")
                .isFalse();
    }

    // --- which orders take a payment ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrderStatus.class)
    void draftsInvoicesAndPlacedOrdersNotCancelledOrRejectedAcceptPayments(OrderStatus status) {
        var refusing = EnumSet.of(OrderStatus.SUBMITTED, OrderStatus.REJECTED, OrderStatus.CANCELLED);
        assertThat(status.acceptsPayment()).isEqualTo(!refusing.contains(status));
        assertThat(status.isPlacedByPaying())
                .isEqualTo(status == OrderStatus.DRAFT || status == OrderStatus.INVOICE_SENT);
    }

    @Test
    void aSubmittedOrderTakesNoPayment() {
        var submitted = aDraft().withLine("SKU-1", 1, split(1)).submitted();
        assertThat(refusal(() -> submitted.recordPayment(submitted.amountDue(), TX, CLERK)))
                .isInstanceOf(InvalidTransition.class);
        assertThat(submitted.payments().amountPaid().isZero()).isTrue();
    }

    @Test
    void payIsNeverOfferedAsAnActionOfItsOwn() {
        assertThat(slugs(aDraftToPay().allowedActions())).doesNotContain("pay");
        assertThat(slugs(aDraft().withLine("SKU-1", 1, split(1)).invoiced().allowedActions()))
                .doesNotContain("pay");
        assertThat(OrderAction.fromSlug("pay")).isEmpty();
    }

    // --- amounts --------------------------------------------------------------------------------------------

    @Test
    void aPaymentIsMoreThanZeroInTheOrdersCurrency() {
        var order = aPlacedOrder();
        assertThat(problems(policy(eur("0")).problemsOf(order))).containsExactly("/amount positive");
        assertThat(problems(policy(eur("-1.00")).problemsOf(order))).containsExactly("/amount positive");
        assertThat(problems(policy(money("1.00", USD)).problemsOf(order))).containsExactly("/amount currency");
    }

    @Test
    void aPaymentIsNeverMoreThanIsDue() {
        var order = aPlacedOrder();
        var tooMuch = order.amountDue().plus(eur("0.01"));
        assertThat(problems(policy(tooMuch).problemsOf(order))).containsExactly("/amount overpayment");
        assertThat(policy(order.amountDue()).problemsOf(order)).isEmpty();
    }

    @Test
    void aDraftIsPaidInFullOrNotAtAll() {
        var draft = aDraftToPay();
        var part = draft.amountDue().minus(eur("1.00"));
        assertThat(problems(policy(part).problemsOf(draft))).containsExactly("/amount fullPayment");
        assertThat(policy(draft.amountDue()).problemsOf(draft)).isEmpty();
    }

    @Test
    void aDraftIsPaidOnlyWhenItIsReadyToBePlaced() {
        var incomplete = aDraft().onDirectChannel()
                .withoutShippingAddress()
                .withLine("SKU-1", 2)
                .draft();
        assertThat(problems(policy(incomplete.amountDue()).problemsOf(incomplete)))
                .containsExactly("/lines/0 incomplete");
    }

    @Test
    void aPlacedOrderTakesPartPayments() {
        var order = aPlacedOrder();
        var part = order.amountDue().minus(eur("1.00"));
        assertThat(policy(part).problemsOf(order)).isEmpty();
        order.recordPayment(part, TX, CLERK);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(order.amountDue()).isEqualTo(eur("1.00"));
        assertThat(order.pendingPaid()).isEmpty();
    }

    // --- paying a draft places it -----------------------------------------------------------------------

    @Test
    void payingADraftInFullPlacesItConfirmedAndPaid() {
        var draft = aDraftToPay();
        var total = draft.amountDue();
        draft.recordPayment(total, TX, CLERK);
        assertThat(draft.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(draft.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(draft.amountDue().isZero()).isTrue();
        assertThat(events(draft)).singleElement().isInstanceOfSatisfying(OrderPaymentAccepted.class, accepted -> {
            assertThat(accepted.from()).isEqualTo(OrderStatus.DRAFT);
            assertThat(accepted.to()).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(accepted.amount()).isEqualTo(total);
            assertThat(accepted.transactionId()).isEqualTo(TX);
        });
        assertThat(draft.pendingPaid()).containsExactly(new OrderPaid(draft.id().value(), draft.number(), NOW));
        assertThat(timelineTypes(draft)).containsExactly("PAYMENT_RECORDED", "STATUS_CHANGED");
    }

    @Test
    void payingAnInvoicedOrderInFullPlacesIt() {
        var invoiced = aDraft().onDirectChannel().withLine("SKU-1", 1, split(1)).invoiced();
        invoiced.recordPayment(invoiced.amountDue(), TX, CLERK);
        assertThat(invoiced.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(invoiced.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aFulfilledOrderIsStillPaidLateOnNetTerms() {
        var fulfilled = OrderModelFixtures.restored(aPlacedOrder(), OrderStatus.FULFILLED, FulfillmentStatus.FULFILLED);
        assertThat(fulfilled.status().acceptsPayment()).isTrue();
        fulfilled.recordPayment(fulfilled.amountDue(), TX, CLERK);
        assertThat(fulfilled.status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(fulfilled.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    }

    // --- refunds -----------------------------------------------------------------------------------------------

    @Test
    void aRefundIsNeverMoreThanWasPaidAndNotYetRefunded() {
        var order = aPlacedOrder();
        var paid = order.amountDue();
        order.recordPayment(paid, TX, CLERK);
        assertThat(problems(new RefundPolicy(paid.plus(eur("0.01"))).problemsOf(order)))
                .containsExactly("/amount exceedsPaid");
        order.recordRefund(eur("1.00"), TX);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(problems(new RefundPolicy(paid).problemsOf(order))).containsExactly("/amount exceedsPaid");
        assertThat(new RefundPolicy(paid.minus(eur("1.00"))).problemsOf(order)).isEmpty();
        order.recordRefund(paid.minus(eur("1.00")), TX);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(problems(new RefundPolicy(eur("0")).problemsOf(order))).containsExactly("/amount positive");
    }

    @Test
    void anEditMayNotTakeTheTotalBelowWhatWasPaid() {
        var order = aDraft().onDirectChannel()
                .withLine("SKU-1", 2, split(2))
                .withLine("SKU-2", 1, split(1))
                .placed();
        order.recordPayment(order.amountDue(), TX, CLERK);
        order.requireTotalCoversPayments();
        order.editLines().remove(order.lines().get(1).id());
        assertThat(problems(refusal(order::requireTotalCoversPayments))).containsExactly("/totals/total belowPaid");
        order.recordRefund(eur("10.00"), TX);
        order.requireTotalCoversPayments();
    }

    // --- consents ------------------------------------------------------------------------------------------------

    @Test
    void grantingAConsentTwiceKeepsTheFirstTimeAndLeavingItOutRevokesIt() {
        var order = aDraftToPay();
        var first = Instant.parse("2026-03-02T10:00:00Z");
        order.editPaymentOptions().changeConsents(List.of("TERMS_AND_CONDITIONS"), first);
        order.editPaymentOptions()
                .changeConsents(List.of("TERMS_AND_CONDITIONS", "MARKETING_EMAIL"), first.plusSeconds(60));
        assertThat(order.consents())
                .containsExactly(
                        new Consent("TERMS_AND_CONDITIONS", first),
                        new Consent("MARKETING_EMAIL", first.plusSeconds(60)));
        order.editPaymentOptions().changeConsents(List.of("MARKETING_EMAIL"), first.plusSeconds(120));
        assertThat(order.consents()).containsExactly(new Consent("MARKETING_EMAIL", first.plusSeconds(60)));
    }

    @Test
    void paymentTermsChangeOnlyOnADraft() {
        var placed = aPlacedOrder();
        assertThat(problems(refusal(() ->
                        placed.editPaymentOptions().changePaymentTerms(dev.ordino.customers.PaymentTerms.NET_30))))
                .containsExactly("/paymentTerms draftOnly");
        placed.editPaymentOptions().changePurchaseOrderNumber("PO-1");
        assertThat(placed.purchaseOrderNumber()).isEqualTo("PO-1");
        assertThat(EUR).isEqualTo(placed.currency());
    }
}

package dev.ordino.orders;

import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The order's payment ledger: the money received ({@code amountPaid}, gross), the money paid back
 * ({@code amountRefunded}) and the date its open invoice is due. What is due and the payment status follow from
 * them and the order's known total; they change only through {@code OrderManagement.recordPayment},
 * {@code recordRefund} and {@code recordPaymentDue}.
 */
public record Payments(
        Money amountPaid, Money amountRefunded, @Nullable LocalDate dueDate) {

    public Payments {
        Objects.requireNonNull(amountPaid);
        Objects.requireNonNull(amountRefunded);
    }

    /** Nothing paid, nothing refunded, no due date. */
    static Payments none(java.util.Currency currency) {
        return new Payments(Money.zero(currency), Money.zero(currency), null);
    }

    /** What is still to be paid of {@code total}: never less than zero (refunds do not make it due again). */
    public Money amountDue(Money total) {
        return total.minus(amountPaid).max(Money.zero(total.currency()));
    }

    /** See {@link PaymentStatus#of}. */
    public PaymentStatus status(Money total) {
        return PaymentStatus.of(amountPaid, amountRefunded, total);
    }

    /** Something is still due and its due date has passed. */
    public boolean overdue(Money total, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !amountDue(total).isZero();
    }

    /** What may still be paid back: what was paid less what was already refunded. */
    public Money refundable() {
        return amountPaid.minus(amountRefunded);
    }

    Payments paid(Money amount) {
        return new Payments(amountPaid.plus(amount), amountRefunded, dueDate);
    }

    Payments refunded(Money amount) {
        return new Payments(amountPaid, amountRefunded.plus(amount), dueDate);
    }

    Payments due(@Nullable LocalDate date) {
        return new Payments(amountPaid, amountRefunded, date);
    }
}

package dev.ordino.orders;

import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.promotions.Promotion;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.UUID;

/** Checks a discount typed in by staff: its kind has the value it needs, and nothing else. */
final class Discounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Discounts() {}

    static LineDiscount checked(LineDiscount discount, Currency currency, String pointer) {
        var problems = new ArrayList<FieldProblem>();
        if (discount.kind() == Discount.Kind.PERCENTAGE) {
            var p = discount.percentage();
            if (p == null) {
                problems.add(
                        new FieldProblem(pointer + "/percentage", "required", "a percentage rule needs a percentage"));
            } else if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
                problems.add(
                        new FieldProblem(pointer + "/percentage", "range", "must be greater than 0 and at most 100"));
            } else if (p.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(pointer + "/percentage", "scale", "at most 2 decimal places"));
            }
            if (discount.amount() != null) {
                problems.add(new FieldProblem(pointer + "/amount", "exclusive", "a percentage rule has no amount"));
            }
        } else {
            var amount = discount.amount();
            if (amount == null) {
                problems.add(new FieldProblem(
                        pointer + "/amount", "required", "a " + discount.kind() + " rule needs an amount"));
            } else if (!amount.hasCurrency(currency)) {
                problems.add(new FieldProblem(
                        pointer + "/amount/currency", "currency", "must be in " + currency + ", the order's currency"));
            } else if (amount.isNegative() || (discount.kind() == Discount.Kind.FIXED_AMOUNT && amount.isZero())) {
                problems.add(new FieldProblem(
                        pointer + "/amount",
                        "positive",
                        discount.kind() == Discount.Kind.FIXED_AMOUNT
                                ? "must be greater than 0"
                                : "must not be negative"));
            }
            if (discount.percentage() != null) {
                problems.add(new FieldProblem(
                        pointer + "/percentage", "exclusive", "only a percentage rule has a percentage"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return discount;
    }

    /** A catalog-wide promotion or coupon as the order keeps it: its terms as they are now. */
    static OrderDiscount onOrder(Promotion promotion) {
        return new OrderDiscount(
                UUID.randomUUID(),
                promotion.id(),
                promotion.couponCode(),
                promotion.name(),
                Discount.Kind.valueOf(promotion.kind().name()),
                promotion.percentage(),
                promotion.amount(),
                promotion.minimumSubtotal());
    }

    /** A product promotion as a line keeps it: its terms as they are now. */
    static LineDiscount onLine(Promotion promotion) {
        return new LineDiscount(
                promotion.id(),
                promotion.name(),
                Discount.Kind.valueOf(promotion.kind().name()),
                promotion.percentage(),
                promotion.amount());
    }
}

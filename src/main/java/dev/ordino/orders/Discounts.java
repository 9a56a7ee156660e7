package dev.ordino.orders;

import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.promotions.Promotion;
import dev.ordino.promotions.PromotionManagement;
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

    /** One of the store's pricing rules, checked for the line, or a rule typed in on the line, checked here. */
    static LineDiscount pricingRule(
            PromotionManagement promotions, PricingRuleInput input, OrderLine line, Currency currency, String pointer) {
        if (input.ruleId() != null) {
            if (input.kind() != null || input.percentage() != null || input.amount() != null) {
                throw DomainException.invalid(
                        pointer + "/ruleId", "exclusive", "give a ruleId or a rule's kind and value, not both");
            }
            var rule = promotions.requireRule(input.ruleId(), line.productId(), currency, pointer + "/ruleId");
            return new LineDiscount(
                    rule.id(),
                    rule.name(),
                    Discount.Kind.valueOf(rule.kind().name()),
                    rule.percentage(),
                    rule.amount());
        }
        if (input.kind() == null) {
            throw DomainException.invalid(pointer + "/kind", "required", "give a ruleId, or a kind with its value");
        }
        var name = input.name() == null || input.name().isBlank()
                ? describe(input)
                : input.name().strip();
        return checked(
                new LineDiscount(null, name, input.kind(), input.percentage(), input.amount()), currency, pointer);
    }

    private static String describe(PricingRuleInput input) {
        switch (input.kind()) {
            case PERCENTAGE:
                return (input.percentage() == null
                                ? "?"
                                : input.percentage().stripTrailingZeros().toPlainString()) + "% off";
            case FIXED_AMOUNT:
                return (input.amount() == null ? "?" : input.amount().toString()) + " off each";
            default:
                return "Fixed price "
                        + (input.amount() == null ? "?" : input.amount().toString());
        }
    }
}

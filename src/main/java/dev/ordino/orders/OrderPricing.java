package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.pricing.PricingInput;
import dev.ordino.pricing.PricingInput.TaxRate;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.ProblemType;
import dev.ordino.shipping.Parcel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an order is priced with beyond its lines: whether it is taxed ({@code taxesEnabled}: staff may switch
 * taxes off for one order), the tax rates of its destination ({@code taxZone}, {@code taxRates}) and whether
 * its channel's prices include them, why it is exempt ({@code taxExemption}: an exempt customer), the
 * channel's deposit, how it ships, its parcel, and the catalog-wide promotions and coupons applied to it.
 *
 * <p>While the order is a draft the rates, deposit and a shipping method's price follow the current setup;
 * once it leaves the draft they stay as they were.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderPricing(
        boolean taxesEnabled,
        boolean pricesIncludeTax,
        String taxZone,
        List<TaxRate> taxRates,
        String taxExemption,
        Integer depositPercent,
        ShippingChoice shipping,
        Parcel parcel,
        List<OrderDiscount> discounts) {

    public static final OrderPricing NEW =
            new OrderPricing(true, false, null, List.of(), null, null, null, null, List.of());

    public OrderPricing {
        taxRates = taxRates == null ? List.of() : List.copyOf(taxRates);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** The taxation pricing applies: none when taxes are off or the customer is exempt. */
    PricingInput.Taxation taxation() {
        if (!taxesEnabled || taxExemption != null) {
            return new PricingInput.Taxation(pricesIncludeTax, List.of());
        }
        return new PricingInput.Taxation(pricesIncludeTax, taxRates);
    }

    OrderPricing withTaxesEnabled(boolean enabled) {
        return new OrderPricing(
                enabled,
                pricesIncludeTax,
                taxZone,
                taxRates,
                taxExemption,
                depositPercent,
                shipping,
                parcel,
                discounts);
    }

    /** The setup the draft follows: its channel's tax and deposit policy, its destination's rates. */
    OrderPricing withSetup(
            boolean newPricesIncludeTax,
            String newTaxZone,
            List<TaxRate> newRates,
            String newExemption,
            Integer newDepositPercent) {
        return new OrderPricing(
                taxesEnabled,
                newPricesIncludeTax,
                newTaxZone,
                newRates,
                newExemption,
                newDepositPercent,
                shipping,
                parcel,
                discounts);
    }

    OrderPricing withShipping(ShippingChoice newShipping) {
        return new OrderPricing(
                taxesEnabled,
                pricesIncludeTax,
                taxZone,
                taxRates,
                taxExemption,
                depositPercent,
                newShipping,
                parcel,
                discounts);
    }

    OrderPricing withParcel(Parcel newParcel) {
        return new OrderPricing(
                taxesEnabled,
                pricesIncludeTax,
                taxZone,
                taxRates,
                taxExemption,
                depositPercent,
                shipping,
                newParcel,
                discounts);
    }

    OrderPricing withDiscounts(List<OrderDiscount> newDiscounts) {
        return new OrderPricing(
                taxesEnabled,
                pricesIncludeTax,
                taxZone,
                taxRates,
                taxExemption,
                depositPercent,
                shipping,
                parcel,
                newDiscounts);
    }

    /** With one more discount of the whole order; each promotion or coupon applies once (409 {@code duplicate}). */
    OrderPricing withDiscount(OrderDiscount discount, String pointer) {
        if (discounts.stream().anyMatch(d -> d.promotionId().equals(discount.promotionId()))) {
            throw new DomainException(
                    ProblemType.CONFLICT,
                    discount.name() + " is already applied to this order",
                    List.of(new FieldProblem(pointer, "duplicate", "already applied to this order")));
        }
        var more = new ArrayList<>(discounts);
        more.add(discount);
        return withDiscounts(more);
    }

    /** The discount of {@code discountId}; 404 when the order (numbered {@code orderNumber}) has none such. */
    OrderDiscount discount(UUID discountId, String orderNumber) {
        return discounts.stream()
                .filter(d -> d.id().equals(discountId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Discount", discountId + " of order " + orderNumber));
    }

    OrderPricing withoutDiscount(OrderDiscount discount) {
        var fewer = new ArrayList<>(discounts);
        fewer.remove(discount);
        return withDiscounts(fewer);
    }
}

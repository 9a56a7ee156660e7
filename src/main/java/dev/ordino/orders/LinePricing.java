package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a line is priced beyond its unit price: where the unit price came from ({@code priceSource}: the list
 * price or a price list, and the quantity break reached), its tax class, the pricing rule and product promotions
 * applied to it, and who overrode its price with a placed price and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinePricing(
        String priceSource,
        String taxClass,
        LineDiscount pricingRule,
        List<LineDiscount> promotions,
        PriceOverride placedPriceOverride) {

    public static final LinePricing NONE = new LinePricing(null, null, null, List.of(), null);

    public LinePricing {
        promotions = promotions == null ? List.of() : List.copyOf(promotions);
    }

    LinePricing withPriceSource(String source) {
        return new LinePricing(source, taxClass, pricingRule, promotions, placedPriceOverride);
    }

    LinePricing withPricingRule(LineDiscount rule) {
        return new LinePricing(priceSource, taxClass, rule, promotions, placedPriceOverride);
    }

    LinePricing withPromotions(List<LineDiscount> newPromotions) {
        return new LinePricing(priceSource, taxClass, pricingRule, newPromotions, placedPriceOverride);
    }

    LinePricing withOverride(PriceOverride override) {
        return new LinePricing(priceSource, taxClass, pricingRule, promotions, override);
    }
}

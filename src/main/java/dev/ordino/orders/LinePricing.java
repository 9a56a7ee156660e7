package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    /** With one more product promotion; a promotion applies to a line once (409 {@code duplicate}). */
    LinePricing withPromotion(LineDiscount promotion, String line) {
        if (promotions.stream().anyMatch(p -> p.sourceId().equals(promotion.sourceId()))) {
            throw new DomainException(
                    ProblemType.CONFLICT,
                    promotion.name() + " is already applied to " + line,
                    List.of(new FieldProblem("/promotionId", "duplicate", "already applied to this line")));
        }
        var more = new ArrayList<>(promotions);
        more.add(promotion);
        return withPromotions(more);
    }

    /** The promotion of {@code promotionId} on this line; 404 when it has none such. */
    LineDiscount promotion(UUID promotionId, LineId lineId) {
        return promotions.stream()
                .filter(p -> p.sourceId().equals(promotionId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Promotion", promotionId + " on line " + lineId));
    }

    LinePricing withoutPromotion(LineDiscount promotion) {
        var fewer = new ArrayList<>(promotions);
        fewer.remove(promotion);
        return withPromotions(fewer);
    }

    LinePricing withOverride(PriceOverride override) {
        return new LinePricing(priceSource, taxClass, pricingRule, promotions, override);
    }
}

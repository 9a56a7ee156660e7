package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.pricing.PricingInput;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A catalog-wide promotion (chosen by staff) or a coupon (entered by its {@code code}) on the whole order, as
 * applied: a copy of its terms, so a later change to the promotion does not reprice the order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderDiscount(
        UUID id,
        UUID promotionId,
        String code,
        String name,
        Discount.Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage,
        Money amount,
        Money minimumSubtotal) {

    @JsonIgnore
    public boolean isCoupon() {
        return code != null;
    }

    PricingInput.OrderDiscount asPricing() {
        var label = code != null ? name + " (" + code + ")" : name;
        return new PricingInput.OrderDiscount(id, code, new Discount(label, kind, percentage, amount), minimumSubtotal);
    }
}

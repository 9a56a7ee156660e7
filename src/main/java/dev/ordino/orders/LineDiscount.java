package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A pricing rule or product promotion as applied to a line: a copy of its terms taken when it was applied, so
 * later changes to the rule or promotion do not reprice the order. {@code sourceId}: the rule or promotion it
 * came from (null for a rule typed in on the line).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineDiscount(
        UUID sourceId,
        String name,
        Discount.Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage,
        Money amount) {

    Discount asDiscount() {
        return new Discount(name, kind, percentage, amount);
    }
}

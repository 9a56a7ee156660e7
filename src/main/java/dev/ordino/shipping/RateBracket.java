package dev.ordino.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A row of a rate table: from (inclusive) up to (exclusive; none = no upper bound), in grams for WEIGHT or in
 * the method's currency for ORDER_VALUE, and what shipping costs in it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateBracket(
        @NotNull @DecimalMin("0") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal from,

        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upTo,
        @NotNull Money price) {

    boolean contains(BigDecimal value) {
        return value.compareTo(from) >= 0 && (upTo == null || value.compareTo(upTo) < 0);
    }
}

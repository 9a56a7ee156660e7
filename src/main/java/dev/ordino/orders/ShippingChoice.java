package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordino.shared.Money;
import java.util.UUID;

/**
 * How an order ships: one of the store's shipping methods ({@code methodId}; its price follows the rate table
 * while the order is a draft) or a custom method with a price typed in by staff ({@code methodId} null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShippingChoice(UUID methodId, String name, String carrier, Money price) {

    @JsonIgnore
    public boolean isCustom() {
        return methodId == null;
    }

    ShippingChoice withPrice(Money newPrice) {
        return new ShippingChoice(methodId, name, carrier, newPrice);
    }
}

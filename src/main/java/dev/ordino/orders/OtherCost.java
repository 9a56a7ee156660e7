package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordino.shared.Money;
import java.util.UUID;

/** A cost of the order beside its items (freight, certification); without an amount it is to be determined. */
public record OtherCost(UUID id, String description, Money amount) {

    @JsonProperty("undetermined")
    public boolean isUndetermined() {
        return amount == null;
    }
}

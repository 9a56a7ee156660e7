package dev.ordino.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A new draft order; everything is optional, so a draft can start empty and be filled in later. */
public record NewOrder(
        UUID channelId,
        UUID customerId,
        Currency currency,

        @Size(max = 40) @Pattern(regexp = NewOrder.NUMBER_PATTERN, message = NewOrder.NUMBER_MESSAGE)
        String number,

        LocalDate orderDate,
        @Size(max = 100) String referenceId,
        @Size(max = OrderLimits.NOTE) String notes,
        @Valid AddressInput billingAddress,
        @Valid AddressInput shippingAddress,
        @Valid DetailsInput details,
        @Size(max = OrderLimits.LINES) List<@NotNull @Valid LineInput> lines) {

    static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/#-]*";
    static final String NUMBER_MESSAGE =
            "must start with a letter or digit and contain only letters, digits, . _ / # -";

    /** A draft with these lines and nothing else yet, in the channel (none: the default one). */
    public static NewOrder withLines(UUID channelId, List<LineInput> lines) {
        return new NewOrder(channelId, null, null, null, null, null, null, null, null, null, lines);
    }
}

package dev.ordino.channels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a channel. {@code code} is stored lower-cased; {@code internal}, {@code requiresTerms}
 * and {@code requiresBillingAddress} default to false; {@code openToBuyers} defaults to true unless the channel is
 * internal; {@code notifyOrderConfirmation} and {@code notifyShipped} default to true; tags are trimmed and
 * de-duplicated ignoring case. A {@code warehouseGroupId} must name an existing warehouse group.
 */
public record NewChannel(
        @NotBlank
        @Size(max = ChannelManagement.MAX_CODE)
        @Pattern(regexp = NewChannel.CODE_PATTERN, message = NewChannel.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = ChannelManagement.MAX_NAME) String name,
        @Size(max = ChannelManagement.MAX_DESCRIPTION) String description,
        @Size(max = ChannelManagement.MAX_TAGS) List<String> tags,
        Boolean internal,
        @NotNull Workflow workflow,
        Boolean requiresTerms,
        @Size(max = ChannelManagement.MAX_TERMS_VERSION) String termsVersion,
        @Size(max = ChannelManagement.MAX_TERMS_TEXT) String termsText,
        Boolean requiresBillingAddress,
        UUID warehouseGroupId,
        UUID priceListId,
        Boolean pricesIncludeTax,
        @Min(1) @Max(100) Integer depositPercent,
        Boolean openToBuyers,
        Boolean notifyOrderConfirmation,
        Boolean notifyShipped,
        @Valid @Nullable OrderPush orderPush,
        @Size(max = FieldMapping.MAX_MAPPINGS) @Nullable List<@Valid @NotNull FieldMapping> fieldMappings,
        @Valid @Nullable Invoicing invoicing) {

    /**
     * A code as given: letters (any case, stored lower-cased), digits and hyphens, not starting with a hyphen. The
     * empty code passes here so that it is reported once, as missing, by the other constraint.
     */
    static final String CODE_PATTERN = "([A-Za-z0-9][A-Za-z0-9-]*)?";

    static final String CODE_MESSAGE = "must start with a letter or digit and contain only letters, digits and -";
}

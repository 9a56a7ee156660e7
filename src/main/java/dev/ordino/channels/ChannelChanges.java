package dev.ordino.channels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of a channel: only the fields sent change; {@code null} clears description, tags, terms
 * version and text and the warehouse group (one that is set must exist). Code, name, workflow and the flags
 * cannot be cleared. A change of
 * {@code internal} without {@code openToBuyers} also sets {@code openToBuyers} to its default for the new value
 * (turning a channel internal closes it to buyers).
 */
public record ChannelChanges(
        @Size(min = 1, max = ChannelManagement.MAX_CODE)
        @Pattern(regexp = NewChannel.CODE_PATTERN, message = NewChannel.CODE_MESSAGE)
        String code,

        @Size(min = 1, max = ChannelManagement.MAX_NAME) String name,
        @Size(max = ChannelManagement.MAX_DESCRIPTION) String description,
        @Size(max = ChannelManagement.MAX_TAGS) List<String> tags,
        Boolean internal,
        Workflow workflow,
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
        @Valid @Nullable Invoicing invoicing) {}

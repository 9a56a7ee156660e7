package dev.ordino.channels;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordino.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sales channel: where orders come from (a buyer portal, wholesale desk, phone, an API) and the policies
 * they follow there.
 *
 * <ul>
 *   <li>{@code code}: a short, unique, lower-case handle ({@code wholesale}, {@code b2b-portal}).
 *   <li>{@code internal}: orders originate inside Ordino, written by staff (wholesale, phone orders), rather
 *       than by buyers.
 *   <li>{@code workflow}: {@link Workflow#REVIEW} orders are submitted and reviewed by staff,
 *       {@link Workflow#DIRECT} orders are placed.
 *   <li>{@code requiresTerms}: buyers accept the terms ({@code termsText}) before submitting; an order records
 *       the {@code termsVersion} accepted, so a new text always comes with a new version.
 *   <li>{@code requiresBillingAddress}: an order needs a billing address before it leaves the draft state.
 *   <li>{@code warehouseGroupId}: the warehouse group that fulfils the channel's orders; it must exist (the
 *       fulfillment module, which owns warehouse groups, answers through {@link WarehouseGroupDirectory}).
 *   <li>{@code priceListId}: the price list its orders sell from (a customer's own list wins);
 *       {@code pricesIncludeTax}: its prices already contain tax (shown, not added);
 *       {@code depositPercent}: the share of an order's known total due on acceptance, the balance on delivery.
 *   <li>{@code openToBuyers}: buyers may start orders in it (staff may in any channel); unless staff say
 *       otherwise, an internal channel is closed to buyers and any other channel is open to them. Orders already
 *       in a channel stay visible to their customer's buyers either way.
 *   <li>{@code notifyOrderConfirmation}, {@code notifyShipped}: the customer is e-mailed an order confirmation,
 *       and a note with carrier and tracking link when a shipment ships (both on unless switched off).
 *   <li>{@code isDefault}: the channel orders without a {@code channelId} go to; derived from its id,
 *       {@link ChannelManagement#DEFAULT_CHANNEL_ID}.
 *   <li>{@code orderPush}: where its orders are pushed (ShipStation, a 3PL's WMS) and after how long, and whether
 *       fulfilment updates come back; {@code fieldMappings}: the outgoing custom field mapping; {@code invoicing}:
 *       when its orders are invoiced and the accounting integration the invoices go to (docs/integrations.md).
 * </ul>
 */
public record Channel(
        UUID id,
        String code,
        String name,
        String description,
        List<String> tags,
        boolean internal,
        Workflow workflow,
        boolean requiresTerms,
        String termsVersion,
        String termsText,
        boolean requiresBillingAddress,
        UUID warehouseGroupId,
        UUID priceListId,
        boolean pricesIncludeTax,
        Integer depositPercent,
        boolean openToBuyers,
        boolean notifyOrderConfirmation,
        boolean notifyShipped,
        @Nullable OrderPush orderPush,
        List<FieldMapping> fieldMappings,
        @Nullable Invoicing invoicing,
        @JsonProperty("isDefault") boolean isDefault,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Channel {
        tags = List.copyOf(tags);
        fieldMappings = List.copyOf(fieldMappings);
    }

    /** Whether buyers may start orders in a channel when staff do not say: not in an internal one. */
    public static boolean openToBuyersByDefault(boolean internal) {
        return !internal;
    }

    /**
     * Whether this caller may start an order in this channel: staff (and the service itself) in any, a buyer only
     * in one open to buyers. To a buyer, any other channel is as good as unknown.
     */
    public boolean opensTo(Actor actor) {
        return !actor.isBuyer() || openToBuyers;
    }

    /** Whether orders of this channel are submitted and reviewed by staff rather than placed directly. */
    @JsonIgnore
    public boolean requiresReview() {
        return workflow == Workflow.REVIEW;
    }
}

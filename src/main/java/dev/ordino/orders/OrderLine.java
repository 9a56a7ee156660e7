package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of an order: a product (or variant) from the catalog, or a custom item. It copies what it sells
 * (SKU, title, price, lead time) so that later catalog changes do not rewrite it. A rental line carries a
 * contract length and its unit price is the monthly price.
 */
public final class OrderLine {

    private final LineId id;
    private final @Nullable UUID productId;
    private final @Nullable UUID variantId;
    private final @Nullable String sku;
    private String title;
    private int quantity;
    private Money unitPrice;
    private @Nullable Money placedPrice;
    private @Nullable Integer contractMonths;
    private final boolean custom;
    private final boolean taxable;
    private final @Nullable Integer weightGrams;
    private final @Nullable Integer leadTimeDays;
    private final @Nullable Money toolingCost;
    private Delivery delivery;
    private LinePricing pricing;
    /** Units of a rental line fulfilled by a subscription: such a line no longer changes. */
    private int subscribedQuantity;

    OrderLine(
            LineId id,
            UUID productId,
            UUID variantId,
            String sku,
            String title,
            int quantity,
            Money unitPrice,
            Money placedPrice,
            Integer contractMonths,
            DeliveryMode deliveryMode,
            boolean custom,
            boolean taxable,
            Integer weightGrams,
            Integer leadTimeDays,
            Money toolingCost,
            List<DeliverySplit> splits,
            LinePricing pricing) {
        this.id = Objects.requireNonNull(id);
        this.productId = productId;
        this.variantId = variantId;
        this.sku = sku;
        this.title = Objects.requireNonNull(title);
        this.quantity = quantity;
        this.unitPrice = Objects.requireNonNull(unitPrice);
        this.placedPrice = placedPrice;
        this.contractMonths = contractMonths;
        this.custom = custom;
        this.taxable = taxable;
        this.weightGrams = weightGrams;
        this.leadTimeDays = leadTimeDays;
        this.toolingCost = toolingCost;
        this.delivery = new Delivery(deliveryMode, splits);
        this.pricing = pricing == null ? LinePricing.NONE : pricing;
    }

    /** The price each unit sells at: the placed price when one was set, else the catalog (or custom) price. */
    public Money effectivePrice() {
        return placedPrice != null ? placedPrice : unitPrice;
    }

    /** How messages name the line: its title, and its SKU when it has one. */
    String described() {
        return sku != null ? title + " (" + sku + ")" : title;
    }

    public boolean isRental() {
        return contractMonths != null;
    }

    /** How many units of this rental line have a subscription (an asset assigned): they are fulfilled. */
    public int subscribedQuantity() {
        return subscribedQuantity;
    }

    void restoreSubscribed(int units) {
        this.subscribedQuantity = units;
    }

    /** One more unit fulfilled by a subscription; the caller checked that one is left. */
    void subscribeOne() {
        this.subscribedQuantity++;
    }

    /** A line with a subscription no longer changes (FlexPortal: edit the subscription instead). */
    void requireNotSubscribed() {
        if (subscribedQuantity > 0) {
            throw DomainException.conflict(title + " has " + subscribedQuantity + " subscription"
                    + (subscribedQuantity == 1 ? "" : "s") + ": it cannot change; change the subscriptions instead");
        }
    }

    public int allocatedQuantity() {
        return delivery.allocated();
    }

    /**
     * A line is complete when its delivery covers its quantity: splits that add up to it, or no splits and a
     * shipping address on the order that takes it all.
     */
    boolean isComplete(boolean orderHasShippingAddress) {
        return delivery.covers(quantity, orderHasShippingAddress);
    }

    /**
     * The delivery date of a split: its own on a custom schedule, else the standard one, the lead time from
     * {@code scheduleStart} ({@link Order#scheduleStart()}).
     */
    public LocalDate deliveryDate(DeliverySplit split, LocalDate scheduleStart) {
        return split.date() != null ? split.date() : standardDate(scheduleStart);
    }

    /** The standard schedule's date: the lead time from {@code scheduleStart} ({@link Order#scheduleStart()}). */
    public LocalDate standardDate(LocalDate scheduleStart) {
        return scheduleStart.plusDays(leadTimeDays == null ? 0 : leadTimeDays);
    }

    /** Whether this line is the same catalog item on the same contract as another, which an order holds once. */
    boolean sellsSameAs(UUID otherProductId, UUID otherVariantId, Integer otherContractMonths) {
        return !custom
                && productId != null
                && productId.equals(otherProductId)
                && Objects.equals(variantId, otherVariantId)
                && Objects.equals(contractMonths, otherContractMonths);
    }

    /**
     * The same item under a new id at {@code newUnitPrice}, without splits (they are set afterwards) and with
     * {@code newPricing}.
     */
    OrderLine copy(LineId newId, Money newUnitPrice, LinePricing newPricing) {
        return new OrderLine(
                newId,
                productId,
                variantId,
                sku,
                title,
                quantity,
                newUnitPrice,
                placedPrice,
                contractMonths,
                DeliveryMode.STANDARD,
                custom,
                taxable,
                weightGrams,
                leadTimeDays,
                toolingCost,
                List.of(),
                newPricing);
    }

    void changeQuantity(int newQuantity) {
        this.quantity = newQuantity;
    }

    void changePlacedPrice(Money newPlacedPrice, PriceOverride override) {
        this.placedPrice = newPlacedPrice;
        this.pricing = pricing.withOverride(newPlacedPrice == null ? null : override);
    }

    /** The catalog's price for the line as it now stands (quantity, customer, channel), and where it came from. */
    void changeCatalogPrice(Money newUnitPrice, String source) {
        this.unitPrice = newUnitPrice;
        this.pricing = pricing.withPriceSource(source);
    }

    void changePricing(LinePricing newPricing) {
        this.pricing = newPricing;
    }

    void changeContract(Integer months, Money monthlyPrice) {
        this.contractMonths = months;
        this.unitPrice = monthlyPrice;
    }

    void changeCustomItem(String newTitle, Money newPrice) {
        this.title = newTitle;
        this.unitPrice = newPrice;
    }

    void deliver(Delivery newDelivery) {
        this.delivery = newDelivery;
    }

    public LineId id() {
        return id;
    }

    public @Nullable UUID productId() {
        return productId;
    }

    public @Nullable UUID variantId() {
        return variantId;
    }

    public @Nullable String sku() {
        return sku;
    }

    public String title() {
        return title;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public @Nullable Money placedPrice() {
        return placedPrice;
    }

    public @Nullable Integer contractMonths() {
        return contractMonths;
    }

    public DeliveryMode deliveryMode() {
        return delivery.mode();
    }

    Delivery delivery() {
        return delivery;
    }

    public boolean isCustom() {
        return custom;
    }

    public boolean isTaxable() {
        return taxable;
    }

    public @Nullable Integer weightGrams() {
        return weightGrams;
    }

    public @Nullable Integer leadTimeDays() {
        return leadTimeDays;
    }

    public @Nullable Money toolingCost() {
        return toolingCost;
    }

    public List<DeliverySplit> splits() {
        return delivery.splits();
    }

    public LinePricing pricing() {
        return pricing;
    }
}

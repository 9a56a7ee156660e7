package dev.ordino.orders;

import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.promotions.PromotionManagement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * A new draft from any order: the same channel, customer, addresses, special instructions, lines and splits.
 * Lines whose product is gone or no longer purchasable are dropped; custom dates are dropped (those splits go on
 * the standard schedule); prices are today's catalog prices, placed prices are kept; shipping, parcel and the
 * taxes switch are copied; promotions and coupons are kept only if still valid. The reference id and the purchase
 * order number are not copied: a new order gets a new purchase order number. Payment terms, the note to the
 * customer and the terms are copied; consents are not (the customer gives them again). The {@link CloneReport} says what was left behind.
 */
@Component
class Cloning {

    private final OrderTimelines timelines;
    private final OrderStore store;
    private final Drafts drafts;
    private final CatalogLines catalogLines;
    private final CustomerManagement customers;
    private final PromotionManagement promotions;
    private final Clock clock;

    Cloning(
            OrderTimelines timelines,
            OrderStore store,
            Drafts drafts,
            CatalogLines catalogLines,
            CustomerManagement customers,
            PromotionManagement promotions,
            Clock clock) {
        this.timelines = timelines;
        this.store = store;
        this.drafts = drafts;
        this.catalogLines = catalogLines;
        this.customers = customers;
        this.promotions = promotions;
        this.clock = clock;
    }

    /** Stores the copy of {@code original} as a new draft, and notes the copy on the original's timeline. */
    OrderManagement.Cloned cloneOf(Order original) {
        var copy = drafts.copyOf(original);
        var customer = original.customer() == null
                ? Optional.<Customer>empty()
                : customers.find(original.customer().id());
        customer.ifPresent(c -> copy.editHeader().assignCustomer(CustomerSnapshot.of(c)));
        copy.editHeader().changeNotes(original.notes());
        // a new purchase order and new consents, but the same payment terms, note to the customer and terms
        copy.editPaymentOptions().changePaymentTerms(original.paymentTerms());
        copy.editPaymentOptions().changeCustomerNote(original.customerNote());
        copy.editPaymentOptions().changeTerms(original.terms());
        copy.editHeader().changeDetails(original.details());
        copy.editHeader().changeBillingAddress(original.billingAddress());
        copy.editHeader().changeShippingAddress(original.shippingAddress());
        copy.editCharges().switchTaxes(original.pricing().taxesEnabled());
        copy.editCharges().chooseShipping(original.pricing().shipping());
        copy.editCharges().changeParcel(original.pricing().parcel());
        var stillValid = stillValid(original, PricingSetup.usesCountedFor(copy));
        var lines = copyLines(original, copy, stillValid);
        var coupons = copyDiscounts(original, copy, stillValid);
        copy.recordCreated(Map.of("number", copy.number(), "clonedFrom", original.number()));
        store.insert(copy);
        var stamp = store.stamp();
        timelines.append(
                original.id(),
                List.of(TimelineEntry.of(
                        stamp, TimelineEntry.CLONED, Map.of("into", copy.number(), "orderId", copy.id()))));
        return new OrderManagement.Cloned(
                copy, new CloneReport(lines.dropped(), lines.resetDates(), coupons.kept(), coupons.dropped()));
    }

    /**
     * Whether a promotion of the original would apply to the copy today, with a use left for the copy's customer
     * (see {@link PricingSetup#countUses}).
     */
    private Predicate<UUID> stillValid(Order original, UUID customerId) {
        var at = clock.instant();
        return promotionId -> promotions
                .whyNotApplicable(promotionId, customerId, original.currency(), at)
                .isEmpty();
    }

    /** What copying the lines left behind: the lines dropped, and those whose custom dates were reset. */
    private record LinesLeft(List<CloneReport.DroppedLine> dropped, List<CloneReport.ResetDates> resetDates) {}

    /** Copies the lines the catalog still sells, at today's prices, their splits without custom dates. */
    private LinesLeft copyLines(Order original, Order copy, Predicate<UUID> stillValid) {
        var dropped = new ArrayList<CloneReport.DroppedLine>();
        var resetDates = new ArrayList<CloneReport.ResetDates>();
        var products = catalogLines.productsOf(original);
        for (var line : original.lines()) {
            var reason = line.isCustom() ? null : CatalogLines.unavailability(line, products.get(line.productId()));
            if (reason != null) {
                dropped.add(new CloneReport.DroppedLine(line.sku(), line.title(), line.quantity(), reason));
                continue;
            }
            var cloned = line.isCustom()
                    ? line.copy(LineId.random(), line.unitPrice(), line.pricing())
                    : catalogLines.catalogCopy(line, products, p -> stillValid.test(p.sourceId()));
            copy.editLines().add(cloned, "/lines");
            var splits = line.splits().stream()
                    .map(DeliverySplit::onStandardSchedule)
                    .toList();
            var mode = line.deliveryMode();
            if (mode == DeliveryMode.CUSTOM) {
                resetDates.add(new CloneReport.ResetDates(line.sku(), line.title()));
                mode = DeliveryMode.STANDARD;
            }
            copy.editLines().allocate(cloned.id(), mode, splits, "/lines");
        }
        return new LinesLeft(dropped, resetDates);
    }

    /** The codes of the original's coupons the copy kept, and of those it dropped. */
    private record CouponsLeft(List<String> kept, List<String> dropped) {}

    /** Applies the original's promotions and coupons that are still valid; says which coupons were kept. */
    private CouponsLeft copyDiscounts(Order original, Order copy, Predicate<UUID> stillValid) {
        var kept = new ArrayList<String>();
        var dropped = new ArrayList<String>();
        for (var discount : original.pricing().discounts()) {
            var promotion = promotions.find(discount.promotionId());
            var valid = promotion.isPresent() && stillValid.test(discount.promotionId());
            if (valid) {
                copy.editCharges().applyDiscount(Discounts.onOrder(promotion.get()), "/discounts");
            }
            if (discount.isCoupon()) {
                (valid ? kept : dropped).add(discount.code());
            }
        }
        return new CouponsLeft(kept, dropped);
    }
}

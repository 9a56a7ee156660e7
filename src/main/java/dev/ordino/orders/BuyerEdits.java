package dev.ordino.orders;

import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a buyer may change on her own draft, and what only staff may: one table, applied wherever a change
 * comes in ({@link Drafts}, {@link OrderInputs}, {@link OrderEdits}, {@link OrderManagement},
 * {@link OrderPricingManagement}), so the API and the UI obey it alike. Who may take which action on an order
 * is {@link OrderPermissions}'.
 *
 * <p>A buyer decides what she orders, where and when it goes, and her own references. Staff decide what the
 * order costs beyond the catalog and the coupons a buyer may type, and the seller's record of the order: its
 * number, channel and customer. A refusal is a 422 with the code {@code staffOnly} naming the field, whichever
 * way the change was asked for. Prices other than the catalog's (placed prices, pricing rules, promotions,
 * adjustments) need the {@code orders:price} permission, which no buyer has; that rule stays with them.
 */
final class BuyerEdits {

    /** The buyer's half: what she orders, where and when it goes, her own references and public coupons. */
    static final Set<String> BUYER = Set.of(
            "referenceId",
            "notes",
            "details",
            "billingAddress",
            "shippingAddress",
            "orderDate",
            "currency",
            "lines",
            "quantity",
            "contractMonths",
            "splits",
            "coupons",
            // her purchase order, her note, the consents she gives
            "purchaseOrderNumber",
            "customerNote",
            "consents");

    /** The staff's half, each with what it is: the price beyond the catalog, and the seller's record. */
    static final Map<String, String> STAFF_ONLY = staffOnly();

    private static Map<String, String> staffOnly() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("customerId", "the order's customer");
        fields.put("channelId", "the order's channel");
        fields.put("number", "the order number");
        fields.put("taxesEnabled", "whether taxes are charged");
        // the parcel's weight replaces the items' weight when shipping is priced
        fields.put("parcel", "the parcel, which prices the shipping");
        fields.put("shipping", "how the order ships and what shipping costs");
        fields.put("otherCosts", "other costs");
        // custom items are the seller's one-off products and charges, priced by hand
        fields.put("custom", "custom items");
        fields.put("paymentTerms", "the payment terms");
        fields.put("terms", "the terms of sale");
        // templates are the staff's texts
        fields.put("customerNoteTemplateId", "text templates");
        fields.put("termsTemplateId", "text templates");
        return java.util.Collections.unmodifiableMap(fields);
    }

    private BuyerEdits() {}

    /** Whether the caller may change the field: staff change everything, a buyer only her half. */
    static boolean mayChange(Actor caller, String field) {
        if (!BUYER.contains(field) && !STAFF_ONLY.containsKey(field)) {
            throw new IllegalArgumentException(field + " is in neither half of the buyer's table");
        }
        return !caller.isBuyer() || BUYER.contains(field);
    }

    /** Refuses a buyer's change of a staff-only field, named by {@code pointer} in the request. */
    static void require(Actor caller, String field, String pointer) {
        if (!mayChange(caller, field)) {
            throw DomainException.invalid(pointer, "staffOnly", "only staff change " + STAFF_ONLY.get(field));
        }
    }

    static void require(Actor caller, String field) {
        require(caller, field, "/" + field);
    }

    /** Refuses the first staff-only field among those sent, in the order the fields are listed. */
    static void requireAll(Actor caller, List<String> fieldsInOrder, Set<String> sent) {
        for (var field : fieldsInOrder) {
            if (sent.contains(field)) {
                require(caller, field);
            }
        }
    }
}

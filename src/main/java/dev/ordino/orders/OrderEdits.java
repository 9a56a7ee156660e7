package dev.ordino.orders;

import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Patch;
import dev.ordino.shared.PricePermission;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Lands a caller's partial update on an order field by field: what the patch sends changes, what it leaves out
 * stays, a field sent as null is cleared where that is allowed. Who may change which field is
 * {@link BuyerEdits}'s and {@code PricePermission}'s, checked before anything changes.
 */
@Component
class OrderEdits {

    /** The header fields a patch may send, in the order their problems are reported. */
    private static final List<String> HEADER_FIELDS = Arrays.stream(OrderChanges.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private final OrderInputs inputs;
    private final DetailsCheck detailsCheck;
    private final CatalogLines catalogLines;
    private final PromotionManagement promotions;
    private final CurrentActor actor;
    private final TextTemplateManagement templates;
    private final Clock clock;

    OrderEdits(
            OrderInputs inputs,
            DetailsCheck detailsCheck,
            CatalogLines catalogLines,
            PromotionManagement promotions,
            CurrentActor actor,
            TextTemplateManagement templates,
            Clock clock) {
        this.templates = templates;
        this.clock = clock;
        this.inputs = inputs;
        this.detailsCheck = detailsCheck;
        this.catalogLines = catalogLines;
        this.promotions = promotions;
        this.actor = actor;
    }

    /** Changes header fields: customer, currency, number, dates, reference id, notes, addresses, details. */
    void changeHeader(Order order, Patch<OrderChanges> patch) {
        BuyerEdits.requireAll(actor.get(), HEADER_FIELDS, patch.present());
        var c = patch.value();
        patch.requireNonNullIfPresent("currency", c.currency());
        patch.requireNonNullIfPresent("number", c.number());
        patch.requireNonNullIfPresent("orderDate", c.orderDate());
        patch.requireNonNullIfPresent("channelId", c.channelId());
        if (patch.has("channelId") && !c.channelId().equals(order.channelId())) {
            var channel = inputs.channel(c.channelId());
            order.editHeader().changeChannel(channel.id(), channel.workflow());
        }
        if (patch.has("customerId")) {
            order.editHeader()
                    .assignCustomer(c.customerId() == null ? null : inputs.customer(c.customerId(), "/customerId"));
        }
        if (patch.has("currency")) {
            order.editHeader().changeCurrency(c.currency());
        }
        if (patch.has("number") && !Orders.numberKey(c.number()).equals(Orders.numberKey(order.number()))) {
            order.editHeader().renumber(inputs.freeNumber(c.number()));
        }
        if (patch.has("orderDate")) {
            order.editHeader().changeOrderDate(c.orderDate());
        }
        if (patch.has("referenceId")) {
            order.editHeader().changeReferenceId(OrderInputs.text(c.referenceId()));
        }
        if (patch.has("notes")) {
            order.editHeader().changeNotes(OrderInputs.text(c.notes()));
        }
        if (patch.has("details")) {
            order.editHeader().changeDetails(detailsCheck.checked(c.details()));
        }
        if (patch.has("billingAddress")) {
            order.editHeader().changeBillingAddress(inputs.address(c.billingAddress(), order, "/billingAddress"));
        }
        if (patch.has("shippingAddress")) {
            order.editHeader().changeShippingAddress(inputs.address(c.shippingAddress(), order, "/shippingAddress"));
        }
        patch.requireNonNullIfPresent("taxesEnabled", c.taxesEnabled());
        if (patch.has("taxesEnabled")) {
            order.editCharges().switchTaxes(c.taxesEnabled());
        }
        if (patch.has("parcel")) {
            order.editCharges()
                    .changeParcel(c.parcel() == null ? null : c.parcel().asParcel());
        }
        changePaymentOptions(order, patch);
    }

    /**
     * Payment terms (draft only; a new customer brings hers, which terms sent with it override), purchase order
     * number, the note to the customer and the terms (as sent, or a template's text: not both), consents.
     */
    private void changePaymentOptions(Order order, Patch<OrderChanges> patch) {
        var c = patch.value();
        var options = order.editPaymentOptions();
        if (patch.has("customerId") && !patch.has("paymentTerms") && c.customerId() != null) {
            options.changePaymentTerms(inputs.paymentTermsOf(c.customerId()));
        }
        if (patch.has("paymentTerms")) {
            options.changePaymentTerms(c.paymentTerms());
        }
        if (patch.has("purchaseOrderNumber")) {
            options.changePurchaseOrderNumber(OrderInputs.text(c.purchaseOrderNumber()));
        }
        var note =
                templated(patch, "customerNote", c.customerNote(), c.customerNoteTemplateId(), TextTemplateKind.NOTE);
        if (note != null) {
            options.changeCustomerNote(OrderInputs.text(note.text()));
        }
        var terms = templated(patch, "terms", c.terms(), c.termsTemplateId(), TextTemplateKind.TERMS);
        if (terms != null) {
            options.changeTerms(OrderInputs.text(terms.text()));
        }
        if (patch.has("consents")) {
            var kinds = c.consents() == null
                    ? List.<String>of()
                    : c.consents().stream().map(ConsentInput::kind).toList();
            options.changeConsents(kinds, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
    }

    /** A text field's new value, if the patch changes it. */
    private record Text(String text) {}

    /** The text sent for {@code field}, or that of the template sent as {@code field + "TemplateId"}; not both. */
    private Text templated(
            Patch<OrderChanges> patch, String field, String sent, UUID templateId, TextTemplateKind kind) {
        var templateField = field + "TemplateId";
        if (patch.has(templateField) && templateId != null) {
            if (patch.has(field)) {
                throw DomainException.invalid(
                        "/" + templateField, "oneOf", "send " + field + " or " + templateField + ", not both");
            }
            return new Text(templates.textOf(templateId, kind, "/" + templateField));
        }
        return patch.has(field) ? new Text(sent) : null;
    }

    /**
     * Changes a line: its quantity, placed price (with why), pricing rule, contract length, or a custom item's
     * title and price.
     */
    void changeLine(Order order, LineId lineId, Patch<LineChanges> patch) {
        var line = order.line(lineId);
        var c = patch.value();
        if (patch.has("custom")) {
            BuyerEdits.require(actor.get(), "custom");
        }
        if (patch.has("quantity") && line.isCustom()) {
            BuyerEdits.require(actor.get(), "custom", "/quantity");
        }
        patch.requireNonNullIfPresent("quantity", c.quantity());
        patch.requireNonNullIfPresent("custom", c.custom());
        if (patch.has("quantity")) {
            order.editLines().changeQuantity(lineId, c.quantity());
        }
        if (patch.has("placedPrice")) {
            PricePermission.require(actor.get(), "/placedPrice", "a placed price");
            CatalogLines.requireNotNegative(c.placedPrice(), "/placedPrice");
            order.editLines()
                    .changePlacedPrice(
                            lineId,
                            c.placedPrice(),
                            inputs.priceOverride(c.placedPrice(), c.placedPriceReason(), "/placedPriceReason"));
        } else if (patch.has("placedPriceReason")) {
            throw DomainException.invalid(
                    "/placedPriceReason", "placedPrice", "a reason goes with a placed price; send both");
        }
        if (patch.has("pricingRule")) {
            PricePermission.require(actor.get(), "/pricingRule", "a pricing rule");
            order.editLines()
                    .changePricingRule(
                            lineId,
                            c.pricingRule() == null
                                    ? null
                                    : Discounts.pricingRule(
                                            promotions, c.pricingRule(), line, order.currency(), "/pricingRule"));
        }
        if (patch.has("contractMonths")) {
            if (line.isCustom()) {
                throw DomainException.invalid("/contractMonths", "custom", "a custom item has no contract prices");
            }
            var item = catalogLines
                    .sellable(line)
                    .orElseThrow(() -> DomainException.invalid(
                            "/contractMonths", "exists", line.title() + " is no longer in the catalog"));
            order.editLines()
                    .changeContract(
                            lineId,
                            c.contractMonths(),
                            CatalogLines.unitPrice(item, c.contractMonths(), "/contractMonths"));
        }
        if (patch.has("custom")) {
            if (!line.isCustom()) {
                throw DomainException.invalid(
                        "/custom", "notCustom", "only a custom item's title and price can be changed");
            }
            CatalogLines.requireNotNegative(c.custom().price(), "/custom/price");
            order.editLines()
                    .changeCustomItem(
                            lineId, c.custom().title().trim(), c.custom().price());
        }
    }
}

package dev.ordino.orders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ordino.pricing.PricedOrder.AppliedDiscount;
import dev.ordino.pricing.PricedOrder.TaxLine;
import dev.ordino.shared.Address;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The page before submitting (docs/api.md: {@code GET /orders/{id}/review}): where and when items arrive, what
 * they cost (with their discounts and tax), the order's promotions and coupons, shipping, taxes per rate, the
 * tooling, the other costs (some to be determined), the total of known costs, a rental's monthly total, its tax
 * and contract value, when payments fall due, the terms to accept, and whether the order can go now. As in an
 * order's totals, {@code tax} is the one-time tax and {@code monthlyTax} together; {@code taxes} are the
 * one-time rates.
 */
public record OrderReview(
        List<Delivery> deliverySchedule,
        List<Item> items,
        Money subtotal,
        List<AppliedDiscount> discounts,
        Money credits,
        Money debits,
        ShippingChoice shipping,
        Money tax,
        List<TaxLine> taxes,
        boolean pricesIncludeTax,
        List<Tooling> tooling,
        List<Cost> otherCosts,
        Money totalKnown,
        boolean hasUndeterminedCosts,
        Money monthlyTotal,
        Money monthlyTax,
        Money contractValue,
        List<Payment> billingSchedule,
        String termsVersion,
        String termsText,
        boolean readyToSubmit,
        List<FieldProblem> problems) {

    /**
     * What arrives where and when; {@code location} is the address's label, else its street and city (the
     * address itself is not shown, so that masking it masks the location).
     */
    @JsonPropertyOrder({"date", "location", "sku", "title", "quantity"})
    public record Delivery(LocalDate date, @JsonIgnore Address address, String sku, String title, int quantity) {

        @JsonProperty("location")
        public String location() {
            return address.label() != null ? address.label() : address.line1() + ", " + address.city();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String sku,
            String title,
            Money unitPrice,
            int quantity,
            Integer contractMonths,
            Money subtotal,
            Money discount,
            Money netTotal,
            Money tax) {}

    public record Tooling(String sku, String description, Money amount) {}

    public record Cost(String description, Money amount, boolean undetermined) {}

    /**
     * An entry of the billing schedule: what falls due when. {@code triggeredOn}: the day its trigger happens
     * (confirmation: the order date; a delivery: its date; completion: the last delivery), when it is invoiced.
     */
    public record Payment(String trigger, LocalDate dueDate, Money amount, String description, LocalDate triggeredOn) {}
}

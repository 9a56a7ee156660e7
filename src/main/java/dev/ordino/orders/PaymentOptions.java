package dev.ordino.orders;

import dev.ordino.customers.PaymentTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the order is to be paid and what the customer agreed to: its payment terms (copied from the customer,
 * overridable while it is a draft), purchase order number, a note to the customer, the terms text and the consents
 * given. All but the payment terms may change while the order may change. Every edit asks the order whether its
 * status allows it and leaves a timeline entry.
 */
final class PaymentOptions {

    private final Order order;
    private final Timeline timeline;
    private @Nullable PaymentTerms paymentTerms;
    private @Nullable String purchaseOrderNumber;
    private @Nullable String customerNote;
    private @Nullable String terms;
    private List<Consent> consents = List.of();

    PaymentOptions(Order order, Timeline timeline) {
        this.order = order;
        this.timeline = timeline;
    }

    /** The options as stored. */
    PaymentOptions(Order order, Timeline timeline, OrderRow row) {
        this(order, timeline);
        this.paymentTerms = row.paymentTerms();
        this.purchaseOrderNumber = row.purchaseOrderNumber();
        this.customerNote = row.customerNote();
        this.terms = row.terms();
        this.consents = row.consents() == null ? List.of() : List.copyOf(row.consents());
    }

    /** Draft only: the terms the customer has, when she is set, or those staff choose for this order. */
    void changePaymentTerms(@Nullable PaymentTerms newTerms) {
        order.requireDraftFor("paymentTerms");
        timeline.fieldChanged("paymentTerms", paymentTerms, newTerms);
        this.paymentTerms = newTerms;
    }

    void changePurchaseOrderNumber(@Nullable String number) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("purchaseOrderNumber", purchaseOrderNumber, number);
        this.purchaseOrderNumber = number;
    }

    void changeCustomerNote(@Nullable String note) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("customerNote", customerNote, note);
        this.customerNote = note;
    }

    void changeTerms(@Nullable String text) {
        order.requireUnfulfilledEditable();
        timeline.fieldChanged("terms", terms, text);
        this.terms = text;
    }

    /**
     * The consents given are now {@code kinds}: one granted before keeps the time it was first granted, a new one
     * is granted {@code at}, one left out is revoked.
     */
    void changeConsents(Collection<String> kinds, Instant at) {
        order.requireUnfulfilledEditable();
        var next = new ArrayList<Consent>();
        for (var kind : new LinkedHashSet<>(kinds)) {
            next.add(consents.stream()
                    .filter(c -> c.kind().equals(kind))
                    .findFirst()
                    .orElse(new Consent(kind, at)));
        }
        timeline.fieldChanged("consents", kinds(consents), kinds(next));
        this.consents = List.copyOf(next);
    }

    private static List<String> kinds(List<Consent> consents) {
        return consents.stream().map(Consent::kind).toList();
    }

    @Nullable
    PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    @Nullable
    String purchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    @Nullable
    String customerNote() {
        return customerNote;
    }

    @Nullable
    String terms() {
        return terms;
    }

    List<Consent> consents() {
        return Objects.requireNonNull(consents);
    }
}

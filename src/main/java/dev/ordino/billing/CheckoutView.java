package dev.ordino.billing;

import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer sees it through a checkout link: what they buy and owe, where it goes, and how they
 * may pay. No notes, no internal fields. {@code invoice} is the document for the order as it stands.
 */
public record CheckoutView(
        String orderNumber,
        String paymentStatus,
        boolean paid,
        InvoiceDocument invoice,
        Money amountDue,
        @Nullable Address billingAddress,
        @Nullable Address shippingAddress,
        @Nullable String shippingMethod,
        Instant expiresAt,
        List<Provider> providers) {

    /** A way to pay: {@code sandbox} ones take test cards only and move no money. */
    public record Provider(String name, boolean sandbox) {}
}

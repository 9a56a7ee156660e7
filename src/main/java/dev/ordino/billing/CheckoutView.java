package dev.ordino.billing;

import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer sees it through a checkout link: what they buy and owe, where it goes, and how they
 * may pay. No notes, no internal fields. {@code invoice} is the document for the order as it stands;
 * {@code shippingOptions}: the store's methods that can send it (none without a shipping address).
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
        List<ShippingOption> shippingOptions,
        List<Provider> providers) {

    /** A shipping method the customer may pick, priced for this order. */
    public record ShippingOption(
            UUID methodId, String name, @Nullable String carrier, Money price) {}

    /** A way to pay: {@code sandbox} ones take test cards only and move no money. */
    public record Provider(String name, boolean sandbox) {}
}

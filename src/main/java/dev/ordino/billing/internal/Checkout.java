package dev.ordino.billing.internal;

import dev.ordino.billing.CheckoutView;
import dev.ordino.billing.internal.documents.InvoiceDocuments;
import dev.ordino.billing.internal.payments.PaymentProviders;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPricingManagement;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of a checkout link. The token is the only credential: an unknown or malformed one is 404,
 * one that was used, voided or has expired is 410, and a live one opens exactly its order.
 */
@Component
public class Checkout {

    private final CheckoutLinks links;
    private final Payments payments;
    private final OrderManagement orders;
    private final OrderPricingManagement pricing;
    private final InvoiceDocuments documents;
    private final PaymentProviders providers;
    private final Clock clock;

    Checkout(
            CheckoutLinks links,
            Payments payments,
            OrderManagement orders,
            OrderPricingManagement pricing,
            InvoiceDocuments documents,
            PaymentProviders providers,
            Clock clock) {
        this.links = links;
        this.payments = payments;
        this.orders = orders;
        this.pricing = pricing;
        this.documents = documents;
        this.providers = providers;
        this.clock = clock;
    }

    /** The live link of {@code token}. */
    @Transactional(readOnly = true)
    public CheckoutLinks.Link link(String token) {
        if (!CheckoutTokens.wellFormed(token)) {
            throw notFound();
        }
        var link = links.byTokenHash(CheckoutTokens.hash(token)).orElseThrow(Checkout::notFound);
        if (!link.isLive(clock.instant())) {
            throw gone();
        }
        return link;
    }

    @Transactional(readOnly = true)
    public CheckoutView view(String token) {
        var link = link(token);
        return view(orders.get(OrderId.of(link.orderId())), link);
    }

    /** Pays the order of {@code token} in full, which places it; returns the order as it is then. */
    public CheckoutView pay(String token, String provider, String paymentMethod) {
        var link = link(token);
        var orderId = OrderId.of(link.orderId());
        payments.checkout(link.id(), orderId, provider, paymentMethod);
        return view(orders.get(orderId), link);
    }

    CheckoutView view(Order order, CheckoutLinks.Link link) {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new CheckoutView(
                order.number(),
                order.paymentStatus().name(),
                order.amountDue().isZero(),
                documents.preview(order, today),
                order.amountDue(),
                order.billingAddress(),
                order.shippingAddress(),
                order.pricing().shipping() == null
                        ? null
                        : order.pricing().shipping().name(),
                link.expiresAt(),
                shippingOptions(order),
                providers());
    }

    /** The customer completes the billing address or picks a shipping method; answers the order as it is then. */
    @Transactional
    public CheckoutView update(String token, @Nullable Address billingAddress, @Nullable UUID shippingMethodId) {
        var link = link(token);
        var order = pricing.completeAtCheckout(OrderId.of(link.orderId()), billingAddress, shippingMethodId);
        return view(order, link);
    }

    private List<CheckoutView.ShippingOption> shippingOptions(Order order) {
        if (order.shippingAddress() == null) {
            return List.of();
        }
        try {
            return pricing.shippingRates(order.id()).items().stream()
                    .map(rate ->
                            new CheckoutView.ShippingOption(rate.methodId(), rate.name(), rate.carrier(), rate.price()))
                    .toList();
        } catch (DomainException noRates) {
            return List.of();
        }
    }

    /** The payment providers that are switched on. */
    public List<CheckoutView.Provider> providers() {
        return providers.enabled().stream()
                .map(p -> new CheckoutView.Provider(p.name(), p.sandbox()))
                .toList();
    }

    static DomainException notFound() {
        return new DomainException(ProblemType.NOT_FOUND, "There is no such checkout link");
    }

    static DomainException gone() {
        return new DomainException(
                ProblemType.GONE,
                "This checkout link was used, withdrawn or has expired; ask the seller for a new one");
    }
}

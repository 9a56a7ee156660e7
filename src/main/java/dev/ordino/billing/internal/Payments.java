package dev.ordino.billing.internal;

import dev.ordino.billing.PaymentRefused;
import dev.ordino.billing.PaymentRequest;
import dev.ordino.billing.Transaction;
import dev.ordino.billing.Transaction.Kind;
import dev.ordino.billing.Transaction.Method;
import dev.ordino.billing.Transaction.Status;
import dev.ordino.billing.internal.payments.Charge;
import dev.ordino.billing.internal.payments.PaymentProviders;
import dev.ordino.billing.internal.payments.ProviderResult;
import dev.ordino.billing.internal.payments.ProviderResult.Outcome;
import dev.ordino.billing.internal.payments.Refund;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes payments and gives money back. A provider is never called inside a database transaction: the attempt is
 * written first (PENDING, in its own transaction, which also claims the order's one in-flight payment), the provider
 * is asked, and its answer is recorded in a second transaction. A declined or failed call leaves a FAILED row and
 * changes nothing else; a success records the money on the order (which places a paid draft), settles an invoice
 * and, for a refund, issues a credit note.
 */
@Component
public class Payments {

    /** Who pays on the checkout page: the customer, not signed in. */
    static final String CHECKOUT_ACTOR = "customer (checkout link)";

    private final Transactions transactions;
    private final CheckoutLinks links;
    private final InvoiceIssuing issuing;
    private final PaymentProviders providers;
    private final OrderManagement orders;
    private final CustomerManagement customers;
    /** A transaction that joins the caller's (an idempotent request's): one-step payments, webhooks. */
    private final TransactionTemplate tx;
    /**
     * The steps around a provider call: each commits on its own, also inside an idempotent request's transaction,
     * so the attempt is claimed before the provider is asked and a declined one stays on record.
     */
    private final TransactionTemplate step;

    private final CurrentActor actor;
    private final Clock clock;

    Payments(
            Transactions transactions,
            CheckoutLinks links,
            InvoiceIssuing issuing,
            PaymentProviders providers,
            OrderManagement orders,
            CustomerManagement customers,
            TransactionTemplate tx,
            CurrentActor actor,
            Clock clock) {
        this.transactions = transactions;
        this.links = links;
        this.issuing = issuing;
        this.providers = providers;
        this.orders = orders;
        this.customers = customers;
        this.tx = tx;
        this.step = new TransactionTemplate(Objects.requireNonNull(tx.getTransactionManager()));
        this.step.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actor = actor;
        this.clock = clock;
    }

    /** Staff take a payment: manual (cash, cheque, transfer), a card on file, or a provider's payment method. */
    public Transaction accept(OrderId orderId, PaymentRequest request) {
        if (request.method() == null) {
            throw DomainException.invalid(
                    "/method", "required", "say how the customer pays: MANUAL, CARD_ON_FILE or PROVIDER");
        }
        return switch (request.method()) {
            case MANUAL -> manual(orderId, request.amount(), request.reference());
            case CARD_ON_FILE -> cardOnFile(orderId, request);
            case PROVIDER ->
                charge(
                        orderId,
                        request.amount(),
                        Method.PROVIDER,
                        required(request.provider(), "/provider"),
                        required(request.paymentMethod(), "/paymentMethod"),
                        null,
                        null,
                        actor.get().name());
            case CHECKOUT ->
                throw DomainException.invalid(
                        "/method", "checkoutOnly", "CHECKOUT payments are made by the customer on the checkout page");
        };
    }

    /** The customer pays the whole amount due on the checkout page of {@code linkId}. */
    public Transaction checkout(UUID linkId, OrderId orderId, String provider, String paymentMethod) {
        return charge(orderId, null, Method.CHECKOUT, provider, paymentMethod, null, linkId, CHECKOUT_ACTOR);
    }

    private Transaction manual(OrderId orderId, @Nullable Money requested, @Nullable String reference) {
        return Objects.requireNonNull(tx.execute(status -> {
            var order = orders.get(orderId);
            var amount = amountOf(order, requested);
            orders.requireAcceptsPayment(orderId, amount);
            var payment = attempt(
                            order,
                            amount,
                            Method.MANUAL,
                            null,
                            Status.SUCCEEDED,
                            actor.get().name())
                    .withReference(reference);
            transactions.insert(payment);
            return complete(order, payment, null);
        }));
    }

    private Transaction cardOnFile(OrderId orderId, PaymentRequest request) {
        if (request.paymentMethodId() == null) {
            throw DomainException.invalid("/paymentMethodId", "required", "name the customer's payment method on file");
        }
        var order = orders.get(orderId);
        if (order.customer() == null) {
            throw DomainException.invalid("/paymentMethodId", "noCustomer", "the order has no customer");
        }
        var card = customers
                .paymentMethod(order.customer().id(), request.paymentMethodId())
                .orElseThrow(() -> DomainException.invalid(
                        "/paymentMethodId", "unknown", "the customer has no such payment method on file"));
        return charge(
                orderId,
                request.amount(),
                Method.CARD_ON_FILE,
                card.provider(),
                card.token(),
                card.providerCustomerId(),
                null,
                actor.get().name());
    }

    private Transaction charge(
            OrderId orderId,
            @Nullable Money requested,
            Method method,
            String providerName,
            String paymentMethod,
            @Nullable String providerCustomer,
            @Nullable UUID linkId,
            String by) {
        var provider = providers.get(providerName);
        var pending = Objects.requireNonNull(step.execute(status -> {
            if (linkId != null) {
                requireLive(linkId);
            }
            var order = orders.get(orderId);
            var amount = amountOf(order, requested);
            orders.requireAcceptsPayment(orderId, amount);
            var attempt = attempt(order, amount, method, provider.name(), Status.PENDING, by);
            try {
                transactions.insert(attempt);
            } catch (DuplicateKeyException e) {
                throw DomainException.conflict("a payment of order " + order.number() + " is already under way");
            }
            return attempt;
        }));
        var result = provider.charge(new Charge(
                pending.id().toString(),
                pending.amount(),
                paymentMethod,
                providerCustomer,
                Map.of(
                        "order_id",
                        orderId.value().toString(),
                        "transaction_id",
                        pending.id().toString())));
        var settled = Objects.requireNonNull(step.execute(status -> settle(pending, result, linkId)));
        return requireNotRefused(settled, result);
    }

    /** How a provider's answer ends the attempt, in the second transaction. */
    private Transaction settle(Transaction pending, ProviderResult result, @Nullable UUID linkId) {
        return switch (result.outcome()) {
            case SUCCEEDED -> {
                transactions.settle(pending.id(), Status.SUCCEEDED, result.reference(), null, null, now());
                var order = orders.get(OrderId.of(pending.orderId()));
                yield complete(order, pending.succeeded(result.reference()), linkId);
            }
            case PENDING -> {
                transactions.referTo(pending.id(), result.reference(), now());
                yield pending.withReference(result.reference());
            }
            case DECLINED, FAILED -> {
                transactions.settle(
                        pending.id(), Status.FAILED, result.reference(), result.declineCode(), result.message(), now());
                yield pending.failed(result.declineCode(), result.message());
            }
        };
    }

    /**
     * A provider reported how a pending payment ended (a webhook): the same ending as if it had answered at once.
     * Unknown references and payments already settled are ignored (webhooks come more than once).
     */
    public void providerReported(String provider, String reference, Outcome outcome, @Nullable String message) {
        tx.executeWithoutResult(status -> transactions
                .byReference(provider, reference)
                .filter(t -> t.status() == Status.PENDING && t.kind().isPayment())
                .ifPresent(pending -> {
                    var linkId = pending.method() == Method.CHECKOUT
                            ? links.current(pending.orderId())
                                    .map(CheckoutLinks.Link::id)
                                    .orElse(null)
                            : null;
                    settle(pending, new ProviderResult(outcome, reference, null, message), linkId);
                }));
    }

    /** Money received: the invoice it settles, the order's ledger, and the checkout link it used. */
    private Transaction complete(Order order, Transaction payment, @Nullable UUID linkId) {
        var invoice = issuing.invoiceToSettle(order, payment.amount());
        issuing.settle(invoice, payment.amount());
        transactions.attachInvoice(payment.id(), invoice.id());
        orders.recordPayment(order.id(), payment.amount(), payment.id());
        if (linkId != null) {
            links.markUsed(linkId, now());
        }
        return payment.withInvoice(invoice.id());
    }

    /**
     * Gives back {@code amount} of a payment. The payment's row stays locked while the refund is written, so
     * refunds of one payment take turns and together never return more than it brought in.
     */
    public Transaction refund(OrderId orderId, UUID paymentId, Money amount, @Nullable String reason) {
        var pending = Objects.requireNonNull(step.execute(status -> {
            var order = orders.get(orderId);
            var payment = transactions
                    .lockPayment(paymentId)
                    .filter(t -> t.orderId().equals(order.id().value()))
                    .orElseThrow(() -> DomainException.notFound("Transaction", paymentId));
            RefundRules.check(payment, transactions.refunded(paymentId), amount);
            var refund = new Transaction(
                    UUID.randomUUID(),
                    payment.orderId(),
                    payment.invoiceId(),
                    payment.id(),
                    Kind.REFUND,
                    Status.PENDING,
                    payment.method(),
                    payment.provider(),
                    null,
                    amount,
                    reason,
                    null,
                    null,
                    actor.get().name(),
                    now());
            transactions.insert(refund);
            return new Pending(refund, payment);
        }));
        var payment = pending.payment();
        var result = payment.provider() == null
                // cash, cheque or transfer: staff hand the money back themselves
                ? new ProviderResult(Outcome.SUCCEEDED, null, null, null)
                : providers
                        .get(payment.provider())
                        .refund(new Refund(
                                pending.refund().id().toString(),
                                Objects.requireNonNull(payment.reference()),
                                amount,
                                reason));
        var settled = Objects.requireNonNull(step.execute(status -> {
            var refund = pending.refund();
            return switch (result.outcome()) {
                case SUCCEEDED -> {
                    transactions.settle(refund.id(), Status.SUCCEEDED, result.reference(), null, null, now());
                    var order = orders.recordRefund(orderId, amount, refund.id());
                    var done = refund.succeeded(result.reference());
                    issuing.creditNote(order, done, payment);
                    yield done;
                }
                case PENDING -> {
                    transactions.referTo(refund.id(), result.reference(), now());
                    yield refund.withReference(result.reference());
                }
                case DECLINED, FAILED -> {
                    transactions.settle(
                            refund.id(),
                            Status.FAILED,
                            result.reference(),
                            result.declineCode(),
                            result.message(),
                            now());
                    yield refund.failed(result.declineCode(), result.message());
                }
            };
        }));
        return requireNotRefused(settled, result);
    }

    private record Pending(Transaction refund, Transaction payment) {}

    /** A declined or failed provider call is the caller's problem (402, 502), after its FAILED row is kept. */
    private static Transaction requireNotRefused(Transaction settled, ProviderResult result) {
        return switch (result.outcome()) {
            case DECLINED -> throw PaymentRefused.declined(settled.id(), result.declineCode(), result.message());
            case FAILED -> throw PaymentRefused.failed(settled.id());
            default -> settled;
        };
    }

    private void requireLive(UUID linkId) {
        var link = links.lock(linkId).orElseThrow(() -> DomainException.notFound("Checkout link", ""));
        if (!link.isLive(now())) {
            throw Checkout.gone();
        }
    }

    private Transaction attempt(
            Order order, Money amount, Method method, @Nullable String provider, Status status, String by) {
        return new Transaction(
                UUID.randomUUID(),
                order.id().value(),
                null,
                null,
                Kind.SALE,
                status,
                method,
                provider,
                null,
                amount,
                null,
                null,
                null,
                by,
                now());
    }

    private static Money amountOf(Order order, @Nullable Money requested) {
        return requested != null ? requested : order.amountDue();
    }

    private static String required(@Nullable String value, String pointer) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(pointer, "required", "must be given");
        }
        return value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

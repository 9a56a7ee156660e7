package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.InvoiceDocument.Kind;
import dev.ordino.billing.InvoiceDocument.Line;
import dev.ordino.billing.InvoiceDocument.Party;
import dev.ordino.billing.InvoiceDocument.Status;
import dev.ordino.billing.InvoiceDocument.Totals;
import dev.ordino.billing.InvoiceIssued;
import dev.ordino.billing.RecurringCharge;
import dev.ordino.billing.internal.documents.SellerProperties;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerType;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring invoices: many periods of rented units on one invoice, not tied to an order. One customer's, or a
 * billing group's (consolidated: its members' charges on one invoice to the group). Untaxed: a charge's amount is
 * the line's total. Due on the payment terms of the customer (an individual customer's are IMMEDIATE), for a
 * group the longest terms among the members on the invoice.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RecurringInvoices {

    private final Invoices invoices;
    private final NumberSeries series;
    private final SellerProperties seller;
    private final CustomerManagement customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecurringInvoices(
            Invoices invoices,
            NumberSeries series,
            SellerProperties seller,
            CustomerManagement customers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invoices = invoices;
        this.series = series;
        this.seller = seller;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues the invoice of {@code charges}, dated {@code issueDate}: the billing group's when {@code billingGroupId}
     * is set, else the one customer's (all charges must then be hers). Numbered in the INV series of the issue year.
     */
    public InvoiceDocument issue(@Nullable UUID billingGroupId, LocalDate issueDate, List<RecurringCharge> charges) {
        if (charges.isEmpty()) {
            throw new IllegalArgumentException("a recurring invoice needs at least one charge");
        }
        var currency = charges.get(0).amount().currency();
        if (charges.stream().anyMatch(c -> !c.amount().currency().equals(currency))) {
            throw new IllegalArgumentException("a recurring invoice's charges are in one currency");
        }
        var customerIds = new LinkedHashSet<UUID>();
        charges.forEach(c -> customerIds.add(c.customerId()));
        if (billingGroupId == null && customerIds.size() > 1) {
            throw new IllegalArgumentException("charges of several customers go on a billing group's invoice");
        }
        var members = customerIds.stream()
                .map(id -> customers.find(id).orElseThrow(() -> DomainException.notFound("Customer", id)))
                .toList();
        var first = members.get(0);
        int days = members.stream()
                .mapToInt(c -> c.paymentTerms() == null ? 0 : c.paymentTerms().days())
                .max()
                .orElse(0);

        var zero = Money.zero(currency);
        var lines = new ArrayList<Line>();
        for (var charge : charges) {
            lines.add(new Line(
                    charge.description(),
                    charge.sku(),
                    BigDecimal.ONE,
                    charge.amount(),
                    zero,
                    BigDecimal.ZERO,
                    zero,
                    charge.amount()));
        }
        var total = charges.stream().map(RecurringCharge::amount).reduce(zero, Money::plus);
        Party buyer;
        UUID customerId;
        if (billingGroupId != null) {
            var group = customers.getBillingGroup(billingGroupId);
            buyer = new Party(
                    group.name(), first.displayName(), first.email(), first.phone(), null, address(first), true);
            customerId = null;
        } else {
            var business = first.type() == CustomerType.BUSINESS;
            buyer = new Party(
                    first.displayName(),
                    business ? first.firstName() + " " + first.lastName() : null,
                    first.email(),
                    first.phone(),
                    null,
                    address(first),
                    business);
            customerId = first.id();
        }
        var invoice = new InvoiceDocument(
                UUID.randomUUID(),
                series.next(InvoiceIssuing.INVOICES, issueDate.getYear()),
                Kind.INVOICE,
                Status.OPEN,
                null,
                null,
                customerId,
                billingGroupId,
                null,
                seller.party(),
                buyer,
                null,
                issueDate,
                issueDate.plusDays(days),
                days <= 0 ? "Due on receipt" : "Net " + days + " days",
                null,
                null,
                null,
                List.copyOf(lines),
                List.of(),
                List.of(),
                new Totals(total, zero, zero, false, total),
                total,
                null);
        invoices.insert(invoice, null, clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(new InvoiceIssued(
                invoice.id(), invoice.number(), InvoiceDocument.Kind.INVOICE, null, null, null, null));
        return invoice;
    }

    private static dev.ordino.shared.@Nullable Address address(Customer customer) {
        return customer.addresses().isEmpty()
                ? null
                : customer.addresses().get(0).toAddress();
    }
}

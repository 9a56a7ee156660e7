package dev.ordino.subscriptions.internal;

import dev.ordino.billing.BillingManagement;
import dev.ordino.billing.RecurringCharge;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.subscriptions.BillingRun;
import dev.ordino.subscriptions.SubscriptionManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month's recurring charges, invoiced per customer or per billing group, each period once (docs/subscriptions.md,
 * "Recurring billing").
 *
 * <p>A run on a date finds the periods due ({@link Proration}) and, one invoice at a time, each in its own
 * transaction (or the caller's): inserts their charges first, then invoices only the rows it inserted. A period
 * another run charged already (before, or at the same moment on another instance) inserts nothing and is left out;
 * its invoice is that run's. Invoices are made in one order (billing group or customer, then subscription and period)
 * so that two runs at once wait for each other rather than deadlock.
 */
@Component
public class BillingRuns {

    private final Charges charges;
    private final BillingManagement billing;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate tx;

    BillingRuns(Charges charges, BillingManagement billing, CurrentActor actor, Clock clock, TransactionTemplate tx) {
        this.charges = charges;
        this.billing = billing;
        this.actor = actor;
        this.clock = clock;
        this.tx = tx;
    }

    /** Charges what is due on {@code date} (today or earlier: periods are charged once they start) and invoices it. */
    public BillingRun run(LocalDate date) {
        var caller = actor.get();
        if (caller.isBuyer() || !caller.may(SubscriptionManagement.SUBSCRIPTIONS_WRITE)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN,
                    "billing runs need the " + SubscriptionManagement.SUBSCRIPTIONS_WRITE + " permission");
        }
        if (date.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw DomainException.invalid(
                    "/date", "future", "a billing run charges what is due by today: date may not be in the future");
        }
        var runId = UUID.randomUUID();
        tx.executeWithoutResult(status -> charges.insertRun(runId, date, caller.name(), now()));
        var due = new TreeMap<Invoicing, List<Due>>();
        for (var subscription : charges.billable(date)) {
            var lastDay = Proration.lastDay(subscription.endDate(), subscription.cancelledOn());
            for (var period : Proration.due(
                    subscription.startDate(), lastDay, subscription.monthlyPrice(), date, subscription.chargedUpTo())) {
                due.computeIfAbsent(Invoicing.of(subscription), key -> new ArrayList<>())
                        .add(new Due(subscription, period));
            }
        }
        due.forEach(
                (invoicing, periods) -> tx.executeWithoutResult(status -> invoice(runId, date, invoicing, periods)));
        return find(runId).orElseThrow();
    }

    public Optional<BillingRun> find(UUID id) {
        StaffOnly.require(actor.get(), "Billing runs");
        return charges.findRun(id)
                .map(run -> new BillingRun(
                        run.id(),
                        run.date(),
                        charges.invoicesOf(run.id()),
                        charges.chargesOf(run.id()),
                        run.createdBy(),
                        run.createdAt()));
    }

    public BillingRun get(UUID id) {
        return find(id).orElseThrow(() -> DomainException.notFound("Billing run", id));
    }

    /** Claims the periods of one invoice and, when it got any, issues the invoice of those it got. */
    private void invoice(UUID runId, LocalDate date, Invoicing invoicing, List<Due> periods) {
        var claimed = new ArrayList<RecurringCharge>();
        periods.sort(Comparator.comparing((Due d) -> d.subscription().id())
                .thenComparing(d -> d.period().start()));
        for (var due : periods) {
            var s = due.subscription();
            var p = due.period();
            if (charges.claim(s.id(), p.start(), p.end(), p.amount(), runId, now())) {
                claimed.add(new RecurringCharge(
                        s.customerId(),
                        s.number(),
                        s.serialNumber(),
                        s.title(),
                        s.sku(),
                        p.start(),
                        p.end(),
                        p.amount(),
                        p.prorated() ? p.daysUsed() + " of " + p.daysInPeriod() + " days" : null));
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        var invoice = billing.issueRecurring(invoicing.billingGroupId(), date, claimed);
        charges.invoiced(runId, invoice.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Due(Charges.Billable subscription, Proration.Period period) {}

    /**
     * Who one invoice is for: a billing group (all its members' subscriptions), or a customer outside any; one
     * invoice per currency. Ordered, so that every run issues its invoices in the same order.
     */
    private record Invoicing(
            @Nullable UUID billingGroupId, @Nullable UUID customerId, String currency)
            implements Comparable<Invoicing> {

        static Invoicing of(Charges.Billable s) {
            var currency = s.monthlyPrice().currency().getCurrencyCode();
            return s.billingGroupId() != null
                    ? new Invoicing(s.billingGroupId(), null, currency)
                    : new Invoicing(null, s.customerId(), currency);
        }

        @Override
        public int compareTo(Invoicing other) {
            return key().compareTo(other.key());
        }

        private String key() {
            return (billingGroupId != null ? "g" + billingGroupId : "c" + customerId) + currency;
        }
    }
}

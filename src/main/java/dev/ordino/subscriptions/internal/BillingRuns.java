package dev.ordino.subscriptions.internal;

import dev.ordino.subscriptions.BillingRun;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The month's recurring charges, invoiced per individual customer or per billing group, each period once. */
@Component
public class BillingRuns {

    /** Charges what is due on {@code date} and invoices it. */
    public BillingRun run(LocalDate date) {
        throw new UnsupportedOperationException("billing runs: coming");
    }
}

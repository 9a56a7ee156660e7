package dev.ordino.subscriptions.web;

import dev.ordino.subscriptions.BillingRun;
import dev.ordino.subscriptions.SubscriptionManagement;
import dev.ordino.subscriptions.internal.BillingRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Billing runs (API.md "Subscriptions"): the recurring charges due on a date, invoiced. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Subscriptions", description = "Rented units by serial number, their contract terms and recurring billing")
class BillingRunApiController {

    private final SubscriptionManagement subscriptions;
    private final BillingRuns runs;
    private final Clock clock;

    BillingRunApiController(SubscriptionManagement subscriptions, BillingRuns runs, Clock clock) {
        this.subscriptions = subscriptions;
        this.runs = runs;
        this.clock = clock;
    }

    /** {@code date}: the day the charges are due (default today, UTC). */
    record NewBillingRun(@Nullable LocalDate date) {}

    @PostMapping(path = "/billing-runs", consumes = "application/json")
    @Operation(
            summary = "Run billing",
            description = "Charges every subscription's monthly periods that start on or before date (default today)"
                    + " and were not charged yet, and invoices them: one invoice per customer, or per billing group"
                    + " (consolidated). A period is charged once, whoever runs it; the daily job runs the same."
                    + " Needs subscriptions:write.")
    ResponseEntity<BillingRun> run(@RequestBody(required = false) @Nullable NewBillingRun request) {
        var date = request == null || request.date() == null
                ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                : request.date();
        var run = subscriptions.runBilling(date);
        return ResponseEntity.created(URI.create("/api/v1/billing-runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/billing-runs/{id}")
    @Operation(summary = "Read a billing run", description = "Its date, the invoices it issued and its charges.")
    BillingRun billingRun(@PathVariable UUID id) {
        return runs.get(id);
    }
}

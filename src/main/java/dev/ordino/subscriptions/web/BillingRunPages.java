package dev.ordino.subscriptions.web;

import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import dev.ordino.subscriptions.BillingRun;
import dev.ordino.subscriptions.SubscriptionManagement;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing runs: the recurring charges due on a date, invoiced per individual customer or per billing group (the
 * daily job runs the same). The page runs one for the date given and lists the invoices it made, each linking to
 * billing's invoice page. Staff with {@code subscriptions:write}.
 */
@PageController
class BillingRunPages {

    private final SubscriptionManagement subscriptions;
    private final OrderManagement orders;

    BillingRunPages(SubscriptionManagement subscriptions, OrderManagement orders) {
        this.subscriptions = subscriptions;
        this.orders = orders;
    }

    /** What a run made, as the page shows it after the redirect (kept in the session until then). */
    record Ran(UUID id, LocalDate date, int charges, List<UUID> invoices, String createdBy) implements Serializable {

        static Ran of(BillingRun run) {
            return new Ran(run.id(), run.date(), run.charges(), new ArrayList<>(run.invoices()), run.createdBy());
        }
    }

    @GetMapping("/billing-runs")
    String page(Model model) {
        if (!model.containsAttribute("runDate")) {
            model.addAttribute("runDate", orders.today().toString());
        }
        model.addAttribute("mayRun", subscriptions.mayWrite());
        return "subscriptions/billing-runs";
    }

    /** Runs billing for the date; the page then shows the run and its invoices (or why it did not run). */
    @PostMapping("/billing-runs")
    String run(@RequestParam(required = false) String date, RedirectAttributes redirect) {
        redirect.addFlashAttribute("runDate", date == null ? "" : date);
        try {
            var day = Forms.date(date, "/date");
            if (day == null) {
                throw DomainException.invalid("/date", "required", "must not be empty");
            }
            BillingRun run = subscriptions.runBilling(day);
            redirect.addFlashAttribute("run", Ran.of(run));
            redirect.addFlashAttribute(
                    "notice",
                    "Billing run for " + run.date() + ": " + run.charges() + " "
                            + (run.charges() == 1 ? "charge" : "charges") + " on "
                            + run.invoices().size() + " "
                            + (run.invoices().size() == 1 ? "invoice" : "invoices") + ".");
        } catch (DomainException e) {
            SubscriptionPages.refused(e, redirect);
        }
        return "redirect:/billing-runs";
    }
}

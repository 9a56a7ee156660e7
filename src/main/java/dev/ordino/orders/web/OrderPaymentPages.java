package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.customers.PaymentTerms;
import dev.ordino.orders.ConsentInput;
import dev.ordino.orders.OrderChanges;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page's Payment section: payment terms (a draft's, staff only), purchase order number, consents, the
 * note to the customer and the terms, each text either typed or a template's (a chosen template fills the text
 * when the section is saved). Saves in place like the pricing sections (docs/ui.md "Saving in place").
 */
@PageController
@RequestMapping("/orders")
class OrderPaymentPages {

    /** The consents the page offers as checkboxes, beside any other the order already has. */
    static final List<String> CONSENT_KINDS = List.of("TERMS_AND_CONDITIONS", "MARKETING_EMAIL");

    private final OrderManagement orders;
    private final OrderScreens screens;
    private final CurrentActor actor;

    OrderPaymentPages(OrderManagement orders, OrderScreens screens, CurrentActor actor) {
        this.orders = orders;
        this.screens = screens;
        this.actor = actor;
    }

    /** What the section sends: every field every time; an unticked consent is not sent, which revokes it. */
    record PaymentForm(
            PaymentTerms paymentTerms,
            String purchaseOrderNumber,
            List<String> consents,
            String customerNote,
            UUID customerNoteTemplateId,
            String terms,
            UUID termsTemplateId,
            Long version) {}

    @PostMapping("/{id}/payment-options")
    String save(@PathVariable UUID id, @ModelAttribute PaymentForm form, Model model, RedirectAttributes redirect) {
        try {
            var staff = !actor.get().isBuyer();
            var consents = form.consents() == null
                    ? List.<ConsentInput>of()
                    : form.consents().stream()
                            .map(kind -> new ConsentInput(kind, null))
                            .toList();
            var changes = OrderChanges.ofPaymentOptions(
                    form.paymentTerms(),
                    Forms.text(form.purchaseOrderNumber()),
                    Forms.text(form.customerNote()),
                    form.customerNoteTemplateId(),
                    Forms.text(form.terms()),
                    form.termsTemplateId(),
                    consents);
            var present = new HashSet<>(Set.of("purchaseOrderNumber", "consents"));
            // a chosen template fills the text; else the text as typed
            present.add(staff && form.customerNoteTemplateId() != null ? "customerNoteTemplateId" : "customerNote");
            if (staff) {
                present.add(form.termsTemplateId() != null ? "termsTemplateId" : "terms");
                // the terms select is shown (and sent) only while the order is a draft
                if (form.paymentTerms() != null) {
                    present.add("paymentTerms");
                }
            }
            orders.update(OrderId.of(id), new Patch<>(changes, present), form.version());
            redirect.addFlashAttribute("notice", "Payment options saved.");
            return "redirect:/orders/" + id + "#payment";
        } catch (DomainException e) {
            requireFound(e);
            var order = orders.get(OrderId.of(id));
            screens.show(order, null, model);
            model.addAttribute("paymentErrors", Forms.errors(e, "order " + order.number()));
            model.addAttribute("paymentForm", form);
            return "orders/page";
        }
    }
}

package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.PICKER_SIZE;
import static dev.ordino.orders.web.OrderScreens.cloned;
import static dev.ordino.orders.web.OrderScreens.label;
import static dev.ordino.orders.web.OrderScreens.message;
import static dev.ordino.orders.web.OrderScreens.parseId;
import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerQuery;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.NewCustomer;
import dev.ordino.orders.AddressInput;
import dev.ordino.orders.OrderAction;
import dev.ordino.orders.OrderChanges;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderLimits;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page of the admin UI and the buyer portal: its header (customer, channel, references, addresses),
 * notes, the review page, the actions and the timeline; its items are {@link OrderLinePages}', the orders view
 * {@link OrderListPages}'. Every change goes through {@link OrderManagement}, so a buyer sees and edits only
 * their customer's orders here exactly as in the API.
 */
@PageController
@RequestMapping("/orders")
class OrderPages {

    private final OrderManagement orders;
    private final OrderScreens screens;
    private final CustomerManagement customers;
    private final Forms forms;
    private final CurrentActor actor;

    OrderPages(
            OrderManagement orders,
            OrderScreens screens,
            CustomerManagement customers,
            Forms forms,
            CurrentActor actor) {
        this.orders = orders;
        this.screens = screens;
        this.customers = customers;
        this.forms = forms;
        this.actor = actor;
    }

    // --- the order page ----------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) UUID line, Model model) {
        var order = orders.get(OrderId.of(id));
        screens.show(order, line, model);
        return "orders/page";
    }

    /** The header: customer, channel, reference id, order date, special instructions and the addresses. */
    record HeaderForm(
            UUID customerId,
            UUID channelId,
            @Size(max = 100) String referenceId,
            LocalDate orderDate,
            @Size(max = OrderLimits.NOTE) String notes,
            String shippingChoice,
            @Valid AddressForm shipping,
            String billingChoice,
            @Valid AddressForm billing,
            Long version) {}

    /** An address typed on the page ("use different shipping address"), optionally kept in the address book. */
    record AddressForm(
            @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Size(max = 2) String country,
            Boolean saveToAddressBook) {

        AddressInput input() {
            return AddressInput.typed(
                    line1, Forms.text(line2), city, Forms.text(region), postalCode, country, saveToAddressBook);
        }
    }

    @PostMapping("/{id}")
    String saveHeader(
            @PathVariable UUID id,
            @ModelAttribute HeaderForm form,
            @RequestParam(required = false) String close,
            Model model,
            RedirectAttributes redirect) {
        try {
            forms.valid(form);
            var changes = OrderChanges.ofHeader(
                    form.channelId(),
                    form.customerId(),
                    form.orderDate(),
                    Forms.text(form.referenceId()),
                    Forms.text(form.notes()),
                    address(form.billingChoice(), form.billing()),
                    address(form.shippingChoice(), form.shipping()));
            var present = new HashSet<>(Set.of("referenceId", "notes"));
            // the channel's select is disabled (not sent) once the order is placed: it stays as it is
            if (!actor.get().isBuyer() && form.channelId() != null) {
                present.add("channelId");
                // the customer changes only when one is picked (the pick's buttons send customerId)
                if (form.customerId() != null) {
                    present.add("customerId");
                }
            }
            if (form.orderDate() != null) {
                present.add("orderDate");
            }
            if (form.billingChoice() != null && !"keep".equals(form.billingChoice())) {
                present.add("billingAddress");
            }
            if (form.shippingChoice() != null && !"keep".equals(form.shippingChoice())) {
                present.add("shippingAddress");
            }
            var order = orders.update(OrderId.of(id), new Patch<>(changes, present), form.version());
            if (close != null) {
                redirect.addFlashAttribute("notice", "Order " + order.number() + " saved.");
                return "redirect:/orders";
            }
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/orders/" + id;
        } catch (DomainException e) {
            var order = orders.get(OrderId.of(id));
            screens.show(order, null, model);
            model.addAttribute("header", form);
            model.addAttribute("headerErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** A customer created from the order page ("Create" beside the customer pick) and set on the order. */
    record CustomerForm(
            CustomerType type,
            String email,
            String firstName,
            String lastName,
            String phone,
            String companyName,
            Long version) {}

    @PostMapping("/{id}/customer")
    String createCustomer(
            @PathVariable UUID id, @ModelAttribute CustomerForm form, Model model, RedirectAttributes redirect) {
        try {
            var customer = customers.create(forms.valid(new NewCustomer(
                    form.type() == null ? CustomerType.INDIVIDUAL : form.type(),
                    form.email(),
                    form.firstName(),
                    form.lastName(),
                    Forms.text(form.phone()),
                    Forms.text(form.companyName()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of())));
            orders.update(
                    OrderId.of(id),
                    new Patch<>(OrderChanges.ofCustomer(customer.id()), Set.of("customerId")),
                    form.version());
            redirect.addFlashAttribute("notice", "Customer " + customer.displayName() + " created.");
            return "redirect:/orders/" + id;
        } catch (DomainException e) {
            var order = orders.get(OrderId.of(id));
            screens.show(order, null, model);
            model.addAttribute("newCustomer", form);
            model.addAttribute("customerErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** Customers matching what was typed in the customer pick (name or e-mail). */
    @GetMapping("/{id}/customer-picker")
    String customerPicker(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        var order = orders.get(OrderId.of(id));
        model.addAttribute("order", screens.view(order));
        model.addAttribute(
                "matches",
                q == null || q.isBlank()
                        ? List.of()
                        : customers
                                .list(new CustomerQuery(q.trim(), null, null), PageRequest.of(PICKER_SIZE, null))
                                .items());
        return "orders/page :: customer-matches";
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            if (text == null || text.isBlank()) {
                throw DomainException.invalid("/text", "required", "write the note first");
            }
            orders.addNote(OrderId.of(id), text.trim());
            redirect.addFlashAttribute("notice", "Note added.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id + "#order-notes";
    }

    // --- review, actions and the timeline ------------------------------------------------------------------

    @GetMapping("/{id}/review")
    String review(@PathVariable UUID id, Model model) {
        var order = orders.get(OrderId.of(id));
        screens.show(order, null, model);
        model.addAttribute("review", orders.review(OrderId.of(id)));
        model.addAttribute("canSubmit", orders.actionsFor(order).contains(OrderAction.SUBMIT));
        return "orders/review";
    }

    /** Submit, retract, accept, reject, hold, release, cancel, confirm, place, clone, delete. */
    @PostMapping("/{id}/actions/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean acceptTerms,
            @RequestParam(required = false) String termsVersion,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        var chosen = OrderAction.fromSlug(action)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no action " + action));
        var back = "review".equals(from) ? "redirect:/orders/" + id + "/review" : "redirect:/orders/" + id;
        try {
            switch (chosen) {
                case SUBMIT -> orders.submit(OrderId.of(id), acceptTerms, termsVersion, version);
                case RETRACT -> orders.retract(OrderId.of(id), version);
                case ACCEPT -> orders.accept(OrderId.of(id), version);
                case REJECT -> orders.reject(OrderId.of(id), reason, version);
                case PLACE -> orders.place(OrderId.of(id), version);
                case CONFIRM -> orders.confirm(OrderId.of(id), version);
                case HOLD -> orders.hold(OrderId.of(id), reason, version);
                case RELEASE_HOLD -> orders.releaseHold(OrderId.of(id), version);
                case CANCEL -> orders.cancel(OrderId.of(id), reason, version);
                case REVERT_TO_DRAFT -> orders.revertToDraft(OrderId.of(id), version);
                case SEND_INVOICE -> orders.sendInvoice(OrderId.of(id), null, version);
                case CLONE -> {
                    return cloned(orders.clone(OrderId.of(id)), redirect);
                }
                case DELETE -> {
                    orders.delete(OrderId.of(id), version);
                    redirect.addFlashAttribute("notice", "The draft was deleted.");
                    return "redirect:/orders";
                }
            }
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
            redirect.addFlashAttribute("actionErrors", Forms.errors(e));
            return back;
        }
        var order = orders.get(OrderId.of(id));
        redirect.addFlashAttribute(
                "notice",
                "Order " + order.number() + " is now " + label(order.status()).toLowerCase(Locale.ROOT) + ".");
        return back;
    }

    @GetMapping("/{id}/timeline")
    String timeline(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        var order = orders.get(OrderId.of(id));
        screens.show(order, null, model);
        var timeline = orders.timeline(OrderId.of(id), PageRequest.of(100, cursor));
        model.addAttribute("timeline", timeline);
        model.addAttribute(
                "entries", timeline.items().stream().map(TimelineDetails::of).toList());
        return "orders/timeline";
    }

    /** The address a choice of the header form stands for: kept, none, typed, or one of the address book. */
    private AddressInput address(String choice, AddressForm typed) {
        if (choice == null || choice.isBlank() || "keep".equals(choice) || "none".equals(choice)) {
            return null;
        }
        if ("new".equals(choice)) {
            return typed == null ? null : typed.input();
        }
        return AddressInput.fromAddressBook(parseId(choice));
    }
}

package dev.ordino.customers.web;

import dev.ordino.customers.BillingGroup;
import dev.ordino.customers.CustomerChanges;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerQuery;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.NewCustomer;
import dev.ordino.customers.NewPaymentMethod;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.shared.Address;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customers of the back office: the list, a customer's page with their details and payment terms, and
 * their address book, whose entries are the delivery locations an order's splits go to.
 */
@PageController
@RequestMapping("/customers")
class CustomerPages {

    private static final int PAGE_SIZE = 50;

    private final CustomerManagement customers;
    private final Forms forms;

    CustomerPages(CustomerManagement customers, Forms forms) {
        this.customers = customers;
        this.forms = forms;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) CustomerType type,
            @RequestParam(required = false) String cursor,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        var page = customers.list(
                new CustomerQuery(q == null || q.isBlank() ? null : q.trim(), type, null),
                PageRequest.of(PAGE_SIZE, cursor));
        model.addAttribute("page", page);
        model.addAttribute(
                "form", new CustomerForm(CustomerType.BUSINESS, null, null, null, null, null, null, null, null));
        model.addAttribute("billingGroups", billingGroups(null));
        model.addAttribute("errors", Map.of());
        return "customers/list";
    }

    /**
     * The fields of a customer as the form posts them (empty fields arrive as {@code null}; "None" as the billing
     * group is {@code null} too).
     */
    record CustomerForm(
            CustomerType type,
            String email,
            String firstName,
            String lastName,
            String phone,
            String companyName,
            PaymentTerms paymentTerms,
            UUID billingGroupId,
            Long version) {}

    /**
     * The billing groups to choose from, by name, with the customer's own even if it is not among the first
     * ones.
     */
    private List<BillingGroup> billingGroups(UUID current) {
        var groups = new ArrayList<>(customers
                .billingGroups(PageRequest.of(PageRequest.MAX_LIMIT, null))
                .items());
        if (current != null && groups.stream().noneMatch(g -> g.id().equals(current))) {
            customers.findBillingGroup(current).ifPresent(groups::add);
        }
        return groups;
    }

    @PostMapping
    String create(@ModelAttribute CustomerForm form, Model model, RedirectAttributes redirect) {
        try {
            var customer = customers.create(forms.valid(new NewCustomer(
                    form.type(),
                    form.email(),
                    form.firstName(),
                    form.lastName(),
                    Forms.text(form.phone()),
                    Forms.text(form.companyName()),
                    form.paymentTerms(),
                    form.billingGroupId(),
                    null,
                    null,
                    null,
                    List.of())));
            redirect.addFlashAttribute("notice", "Customer " + customer.displayName() + " created.");
            return "redirect:/customers/" + customer.id();
        } catch (DomainException e) {
            list(null, null, null, model);
            model.addAttribute("form", form);
            model.addAttribute("errors", Forms.errors(e));
            model.addAttribute("creating", true);
            return "customers/list";
        }
    }

    @GetMapping("/{id}")
    String customer(@PathVariable UUID id, Model model) {
        var customer = customers.get(id);
        model.addAttribute("customer", customer);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new CustomerForm(
                            customer.type(),
                            customer.email(),
                            customer.firstName(),
                            customer.lastName(),
                            customer.phone(),
                            customer.companyName(),
                            customer.paymentTerms(),
                            customer.billingGroupId(),
                            customer.version()));
        }
        model.addAttribute("billingGroups", billingGroups(customer.billingGroupId()));
        model.addAttribute("paymentTerms", PaymentTerms.values());
        model.addAttribute("errors", Map.of());
        model.addAttribute("addressErrors", Map.of());
        model.addAttribute("paymentMethods", customers.paymentMethods(id));
        model.addAttribute("paymentMethodErrors", Map.of());
        return "customers/customer";
    }

    /**
     * Saves the details. The billing group changes only when the form has its field (a form without it leaves
     * the customer in its group); switching a business in a group to an individual is refused beside the
     * group, as in the API, until the group is left in the same save.
     */
    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute CustomerForm form,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        try {
            var changes = forms.valid(new CustomerChanges(
                    form.type(),
                    form.email(),
                    form.firstName(),
                    form.lastName(),
                    Forms.text(form.phone()),
                    Forms.text(form.companyName()),
                    form.paymentTerms(),
                    form.billingGroupId(),
                    null,
                    null,
                    null));
            var sent = new HashSet<>(
                    Set.of("type", "email", "firstName", "lastName", "phone", "companyName", "paymentTerms"));
            if (fields.containsKey("billingGroupId")) {
                sent.add("billingGroupId");
            }
            customers.update(id, new Patch<>(changes, sent), form.version());
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/customers/" + id;
        } catch (DomainException e) {
            model.addAttribute("form", form);
            customer(id, model);
            model.addAttribute("errors", Forms.errors(e, "this customer"));
            return "customers/customer";
        }
    }

    /** A new entry of the address book: a delivery location such as "Plant 2". */
    @PostMapping("/{id}/addresses")
    String addAddress(
            @PathVariable UUID id, @ModelAttribute AddressForm form, Model model, RedirectAttributes redirect) {
        try {
            var address = forms.valid(new Address(
                    Forms.text(form.label()),
                    form.line1(),
                    Forms.text(form.line2()),
                    form.city(),
                    Forms.text(form.region()),
                    form.postalCode(),
                    form.country()));
            customers.addAddress(id, address);
            redirect.addFlashAttribute("notice", "Address added.");
            return "redirect:/customers/" + id;
        } catch (DomainException e) {
            customer(id, model);
            model.addAttribute("address", form);
            model.addAttribute("addressErrors", Forms.errors(e));
            return "customers/customer";
        }
    }

    record AddressForm(
            String label, String line1, String line2, String city, String region, String postalCode, String country) {}

    @PostMapping("/{id}/addresses/{addressId}/remove")
    String removeAddress(@PathVariable UUID id, @PathVariable UUID addressId, RedirectAttributes redirect) {
        try {
            customers.removeAddress(id, addressId);
            redirect.addFlashAttribute("notice", "Address removed.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/customers/" + id;
    }

    /** A payment method on file, as the provider gave it: its token, brand, last four digits and expiry. */
    @PostMapping("/{id}/payment-methods")
    String addPaymentMethod(
            @PathVariable UUID id, @ModelAttribute PaymentMethodForm form, Model model, RedirectAttributes redirect) {
        try {
            customers.addPaymentMethod(
                    id,
                    new NewPaymentMethod(
                            Forms.text(form.provider()),
                            Forms.text(form.token()),
                            Forms.text(form.providerCustomerId()),
                            Forms.text(form.brand()),
                            Forms.text(form.last4()),
                            number(form.expMonth()),
                            number(form.expYear())));
            redirect.addFlashAttribute("notice", "Payment method added.");
            return "redirect:/customers/" + id;
        } catch (DomainException e) {
            customer(id, model);
            model.addAttribute("paymentMethod", form);
            model.addAttribute("paymentMethodErrors", Forms.errors(e));
            return "customers/customer";
        }
    }

    /** The fields of the form as typed; the expiry is text so that a typo is reported beside its field. */
    record PaymentMethodForm(
            String provider,
            String token,
            String providerCustomerId,
            String brand,
            String last4,
            String expMonth,
            String expYear) {}

    /** A whole number as typed; blank is none, anything else that is not a number is out of every range. */
    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/{id}/payment-methods/{paymentMethodId}/remove")
    String removePaymentMethod(@PathVariable UUID id, @PathVariable UUID paymentMethodId, RedirectAttributes redirect) {
        try {
            customers.removePaymentMethod(id, paymentMethodId);
            redirect.addFlashAttribute("notice", "Payment method removed.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/customers/" + id;
    }
}

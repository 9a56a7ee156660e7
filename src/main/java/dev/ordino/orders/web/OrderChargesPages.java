package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.message;
import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.orders.DetailsInput;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderChanges;
import dev.ordino.orders.OrderDetails;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderLocked;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPricingManagement;
import dev.ordino.orders.ParcelInput;
import dev.ordino.orders.ShippingInput;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pricing sections of the order page (templates/orders/charges.html): discounts (catalog promotions, coupons,
 * credits and debits), shipping (parcel, rates, a custom method), taxes, other costs, the order number and the
 * order's JSON or XML details. Each form saves on its own through the services the API calls
 * ({@link OrderPricingManagement}, {@link OrderManagement}), which hold every permission and rule, and goes back to
 * its section of the order page; a refused change shows the page again with the problem beside its field and
 * what was typed kept.
 */
@PageController
@RequestMapping("/orders")
class OrderChargesPages {

    /** The problem codes that refuse the caller a change rather than question what was typed. */
    private static final Set<String> REFUSALS = Set.of("permission", "staffOnly", "draftOnly");

    private final OrderManagement orders;
    private final OrderPricingManagement pricing;
    private final OrderScreens screens;
    private final Forms forms;

    OrderChargesPages(OrderManagement orders, OrderPricingManagement pricing, OrderScreens screens, Forms forms) {
        this.orders = orders;
        this.pricing = pricing;
        this.screens = screens;
        this.forms = forms;
    }

    // --- discounts ---------------------------------------------------------------------------------------

    @PostMapping("/{id}/promotions")
    String applyPromotion(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID promotionId,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return save(id, "promotion", Map.of(), "discounts", model, redirect, "Promotion applied.", () -> {
            if (promotionId == null) {
                throw DomainException.invalid("/promotionId", "required", "choose a promotion");
            }
            pricing.applyPromotion(OrderId.of(id), promotionId, version);
        });
    }

    @PostMapping("/{id}/coupons")
    String applyCoupon(
            @PathVariable UUID id,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return save(id, "coupon", typed("code", code), "discounts", model, redirect, "Coupon applied.", () -> {
            var given = Forms.text(code);
            if (given == null) {
                throw DomainException.invalid("/code", "required", "type a coupon code");
            }
            pricing.applyCoupon(OrderId.of(id), given, version);
        });
    }

    /** Takes a promotion or a coupon off the order. */
    @PostMapping("/{id}/discounts/{discountId}/remove")
    String removeDiscount(
            @PathVariable UUID id,
            @PathVariable UUID discountId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return flash(
                id,
                "discounts",
                redirect,
                "Discount removed.",
                () -> pricing.removeDiscount(OrderId.of(id), discountId, version));
    }

    @PostMapping("/{id}/adjustments")
    String addAdjustment(
            @PathVariable UUID id,
            @RequestParam(required = false) PricingInput.Adjustment.Kind kind,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var typed = typed("kind", kind == null ? null : kind.name(), "amount", amount, "reason", reason);
        var said = kind == PricingInput.Adjustment.Kind.DEBIT ? "Debit added." : "Credit added.";
        return save(id, "adjustment", typed, "discounts", model, redirect, said, () -> {
            var order = orders.get(OrderId.of(id));
            if (kind == null) {
                throw DomainException.invalid("/kind", "required", "choose credit or debit");
            }
            var money = money(amount, order, "/amount");
            if (Forms.text(reason) == null) {
                throw DomainException.invalid("/reason", "required", "give the reason for it");
            }
            orders.addAdjustment(OrderId.of(id), kind, money, reason, version);
        });
    }

    @PostMapping("/{id}/adjustments/{adjustmentId}/remove")
    String removeAdjustment(
            @PathVariable UUID id,
            @PathVariable UUID adjustmentId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return flash(
                id,
                "discounts",
                redirect,
                "Credit or debit removed.",
                () -> orders.removeAdjustment(OrderId.of(id), adjustmentId, version));
    }

    // --- shipping ----------------------------------------------------------------------------------------

    /** "Find rates": keeps the parcel's weight or dimensions, then lists the rates for it. */
    @PostMapping("/{id}/parcel")
    String findRates(
            @PathVariable UUID id,
            @RequestParam(required = false) String weightGrams,
            @RequestParam(required = false) String lengthCm,
            @RequestParam(required = false) String widthCm,
            @RequestParam(required = false) String heightCm,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var typed = typed("weightGrams", weightGrams, "lengthCm", lengthCm, "widthCm", widthCm, "heightCm", heightCm);
        var view = save(id, "parcel", typed, "shipping", model, redirect, null, () -> {
            var input = new ParcelInput(
                    whole(weightGrams, "/weightGrams"),
                    whole(lengthCm, "/lengthCm"),
                    whole(widthCm, "/widthCm"),
                    whole(heightCm, "/heightCm"));
            var given = input.weightGrams() != null
                    || input.lengthCm() != null
                    || input.widthCm() != null
                    || input.heightCm() != null;
            var parcel = given ? forms.valid(input) : null;
            var changes = new OrderChanges(null, null, null, null, null, null, null, null, null, null, null, parcel);
            orders.update(OrderId.of(id), new Patch<>(changes, Set.of("parcel")), version);
        });
        return view.startsWith("redirect:") ? "redirect:/orders/" + id + "/shipping-rates#shipping" : view;
    }

    /** The order page with the shipping methods that can send the order now, to pick one. */
    @GetMapping("/{id}/shipping-rates")
    String rates(@PathVariable UUID id, Model model) {
        var order = orders.get(OrderId.of(id));
        show(order, model);
        try {
            model.addAttribute("shippingRates", pricing.shippingRates(order.id()));
        } catch (DomainException e) {
            requireFound(e);
            model.addAttribute("chargeErrors", fieldErrors("rate", e, Set.of()));
        }
        return "orders/page";
    }

    /** Ships with one of the rates found ({@code methodId}) or a custom method and price. */
    @PostMapping("/{id}/shipping")
    String chooseShipping(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID methodId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String price,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var form = methodId != null ? "rate" : "customShipping";
        return save(
                id, form, typed("name", name, "price", price), "shipping", model, redirect, "Shipping saved.", () -> {
                    var order = orders.get(OrderId.of(id));
                    ShippingInput input;
                    if (methodId != null) {
                        input = new ShippingInput(methodId, null, null, null);
                    } else {
                        if (Forms.text(name) == null) {
                            throw DomainException.invalid(
                                    "/name", "required", "name the shipping method, or pick a rate");
                        }
                        input = new ShippingInput(null, name, null, money(price, order, "/price"));
                    }
                    pricing.chooseShipping(OrderId.of(id), forms.valid(input), version);
                });
    }

    @PostMapping("/{id}/shipping/clear")
    String clearShipping(
            @PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return flash(
                id, "shipping", redirect, "Shipping cleared.", () -> pricing.clearShipping(OrderId.of(id), version));
    }

    // --- taxes, other costs ------------------------------------------------------------------------------

    /** The taxes switch: an unticked box sends nothing, which switches taxes off. */
    @PostMapping("/{id}/taxes")
    String switchTaxes(
            @PathVariable UUID id,
            @RequestParam(required = false) Boolean taxesEnabled,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var on = Boolean.TRUE.equals(taxesEnabled);
        return save(id, "taxes", Map.of(), "taxes", model, redirect, on ? "Taxes on." : "Taxes off.", () -> {
            var changes = new OrderChanges(null, null, null, null, null, null, null, null, null, null, on, null);
            orders.update(OrderId.of(id), new Patch<>(changes, Set.of("taxesEnabled")), version);
        });
    }

    /** Adds a cost beside the items; "to be determined" leaves its amount out. */
    @PostMapping("/{id}/other-costs")
    String addOtherCost(
            @PathVariable UUID id,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) Boolean undetermined,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var tbd = Boolean.TRUE.equals(undetermined);
        var typed = typed("description", description, "amount", amount, "undetermined", tbd ? "true" : null);
        return save(id, "otherCost", typed, "other-costs", model, redirect, "Cost added.", () -> {
            var order = orders.get(OrderId.of(id));
            var problems = new ArrayList<FieldProblem>();
            var what = Forms.text(description);
            if (what == null) {
                problems.add(new FieldProblem("/description", "required", "describe the cost"));
            } else if (what.length() > 200) {
                problems.add(new FieldProblem("/description", "size", "at most 200 characters"));
            }
            Money money = null;
            if (tbd && Forms.text(amount) != null) {
                problems.add(
                        new FieldProblem("/amount", "exclusive", "leave the amount empty for a cost to be determined"));
            } else if (!tbd) {
                try {
                    money = money(amount, order, "/amount");
                } catch (DomainException e) {
                    problems.addAll(e.errors());
                }
            }
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            orders.addOtherCost(OrderId.of(id), what, money, version);
        });
    }

    @PostMapping("/{id}/other-costs/{costId}/remove")
    String removeOtherCost(
            @PathVariable UUID id,
            @PathVariable UUID costId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return flash(
                id,
                "other-costs",
                redirect,
                "Cost removed.",
                () -> orders.removeOtherCost(OrderId.of(id), costId, version));
    }

    // --- number and details ------------------------------------------------------------------------------

    @PostMapping("/{id}/number")
    String renumber(
            @PathVariable UUID id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return save(id, "number", typed("number", number), "number-override", model, redirect, "Number saved.", () -> {
            var given = Forms.text(number);
            if (given == null) {
                throw DomainException.invalid("/number", "required", "type the order number");
            }
            var changes = forms.valid(
                    new OrderChanges(null, null, null, given, null, null, null, null, null, null, null, null));
            orders.update(OrderId.of(id), new Patch<>(changes, Set.of("number")), version);
        });
    }

    /** The order's JSON or XML details; empty text takes them off. */
    @PostMapping("/{id}/details-text")
    String saveDetails(
            @PathVariable UUID id,
            @RequestParam(required = false) OrderDetails.Format format,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var typed = typed("format", format == null ? null : format.name(), "content", content);
        return save(id, "details", typed, "order-details", model, redirect, "Details saved.", () -> {
            DetailsInput details = null;
            if (content != null && !content.isBlank()) {
                if (format == null) {
                    throw DomainException.invalid("/details/format", "required", "choose JSON or XML");
                }
                details = new DetailsInput(format, content);
            }
            var changes = forms.valid(
                    new OrderChanges(null, null, null, null, null, null, null, null, null, details, null, null));
            orders.update(OrderId.of(id), new Patch<>(changes, Set.of("details")), version);
        });
    }

    // --- what the sections need --------------------------------------------------------------------------

    private void show(Order order, Model model) {
        screens.show(order, null, model);
    }

    /**
     * Runs a form's change: on success back to the section of the order page with a notice; on a refusal the
     * page again with the problems beside the form's fields ({@code chargeErrors}, keyed "form/pointer") and
     * what was typed ({@code chargeForm}, keyed "form.field").
     */
    private String save(
            UUID id,
            String form,
            Map<String, String> typed,
            String section,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Runnable change) {
        try {
            change.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
            return "redirect:/orders/" + id + "#" + section;
        } catch (DomainException e) {
            requireFound(e);
            var order = orders.get(OrderId.of(id));
            show(order, model);
            if (isRefusal(e)) {
                // the caller may not make this change at all: said above the page, as the form is not on it
                model.addAttribute("problem", message(e));
                return "orders/page";
            }
            model.addAttribute("chargeErrors", fieldErrors(form, e, typed.keySet()));
            var kept = new HashMap<String, String>();
            typed.forEach((field, value) -> kept.put(form + "." + field, value));
            model.addAttribute("chargeForm", kept);
            return "orders/page";
        }
    }

    /** A change without fields of its own (a Remove button): a notice or a problem above the page. */
    private static String flash(
            UUID id, String section, RedirectAttributes redirect, String notice, Supplier<Order> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id + "#" + section;
    }

    /**
     * Whether the change is refused to the caller or to the order as it stands (a buyer's staff-only field, a
     * price without {@code orders:price}, a draft-only field of a placed order): no form for it is on the page.
     */
    private static boolean isRefusal(DomainException e) {
        return e instanceof OrderLocked || e.errors().stream().anyMatch(p -> REFUSALS.contains(p.code()));
    }

    /** The problems by "form/pointer"; a problem of no field on the form goes above it, under the form's name. */
    private static Map<String, String> fieldErrors(String form, DomainException e, Set<String> fields) {
        var errors = new LinkedHashMap<String, String>();
        Forms.errors(e, "the order").forEach((pointer, text) -> {
            var field = pointer.startsWith("/details/") ? pointer.substring("/details/".length()) : pointer;
            field = field.startsWith("/") ? field.substring(1) : field;
            var key = fields.contains(field) || isFormField(form, field) ? form + "/" + field : form;
            errors.merge(key, text, (a, b) -> a + "; " + b);
        });
        return errors;
    }

    /** Fields a form shows though nothing typed in them is kept (a select of ids). */
    private static boolean isFormField(String form, String field) {
        return form.equals("promotion") && field.equals("promotionId")
                || form.equals("rate") && field.equals("methodId");
    }

    /**
     * An amount typed in the order's currency; 422 at {@code pointer} when it is not one. Whether it may be zero
     * or less is the service's to say (a credit or debit is greater than 0).
     */
    private static Money money(String typed, Order order, String pointer) {
        var text = Forms.text(typed);
        if (text == null) {
            throw DomainException.invalid(pointer, "required", "give an amount");
        }
        try {
            return Money.parse(new BigDecimal(text), order.currency().getCurrencyCode());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(
                    pointer, "amount", "not an amount in " + order.currency().getCurrencyCode() + ": " + text);
        }
    }

    /** A whole number typed in a field, or null when it is left empty; 422 at {@code pointer} otherwise. */
    private static Integer whole(String typed, String pointer) {
        var text = Forms.text(typed);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(pointer, "integer", "not a whole number: " + text);
        }
    }

    /** What a form sent, by field, for the page to show again; a field left empty is not kept. */
    private static Map<String, String> typed(String... fieldsAndValues) {
        var typed = new LinkedHashMap<String, String>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            typed.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return typed;
    }
}

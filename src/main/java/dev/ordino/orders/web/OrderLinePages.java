package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.PICKER_SIZE;
import static dev.ordino.orders.web.OrderScreens.message;
import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.catalog.SellableItem;
import dev.ordino.orders.DeliveryInput;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.LineChanges;
import dev.ordino.orders.LineId;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPricingManagement;
import dev.ordino.orders.PricingRuleInput;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Money;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The items of the order page: "+ Add items" with its pick, the line editor (quantity, dates and the splits
 * across delivery locations) and removing an item. A failed edit shows the order page again with the line's
 * problems beside its fields.
 */
@PageController
@RequestMapping("/orders")
class OrderLinePages {

    private final OrderManagement orders;
    private final OrderPricingManagement pricing;
    private final OrderScreens screens;
    private final CatalogManagement catalog;
    private final Forms forms;

    OrderLinePages(
            OrderManagement orders,
            OrderPricingManagement pricing,
            OrderScreens screens,
            CatalogManagement catalog,
            Forms forms) {
        this.orders = orders;
        this.pricing = pricing;
        this.screens = screens;
        this.catalog = catalog;
        this.forms = forms;
    }

    /** "+ Add items": purchasable items not yet on the order, searched by SKU or name from three characters. */
    @GetMapping("/{id}/picker")
    String picker(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        var order = orders.get(OrderId.of(id));
        model.addAttribute("order", screens.view(order));
        model.addAttribute("q", q);
        model.addAttribute("items", pickable(order, q));
        return "orders/page :: picker-results";
    }

    /**
     * Adds the ticked items, one of each: products by id, variants by their SKU (a product with variants is
     * listed as its variants, never as itself).
     */
    @PostMapping("/{id}/lines")
    String addLines(
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> productIds,
            @RequestParam(required = false) List<String> skus,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var variants = skus == null
                ? List.<String>of()
                : skus.stream().filter(s -> !s.isBlank()).distinct().toList();
        if ((productIds == null || productIds.isEmpty()) && variants.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more items to add.");
            return "redirect:/orders/" + id;
        }
        try {
            var expected = version;
            for (var sku : variants) {
                expected = orders.addLine(
                                OrderId.of(id),
                                new LineInput(null, sku, null, 1, null, null, null, null, null),
                                expected)
                        .order()
                        .version();
            }
            var count = variants.size();
            if (productIds != null && !productIds.isEmpty()) {
                screens.addProducts(id, productIds, expected);
                count += OrderScreens.lineInputs(productIds).size();
            }
            redirect.addFlashAttribute("notice", (count == 1 ? "1 item" : count + " items") + " added.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id;
    }

    /** "Add custom item" (staff): an item that is not in the catalog, at the price typed. */
    record CustomForm(String title, String sku, String price, Integer quantity, Long version) {}

    @PostMapping("/{id}/lines/custom")
    String addCustomLine(
            @PathVariable UUID id, @ModelAttribute CustomForm form, Model model, RedirectAttributes redirect) {
        var order = orders.get(OrderId.of(id));
        try {
            var price = money(form.price(), order, "/custom/price");
            if (price == null) {
                throw DomainException.invalid("/custom/price", "required", "give the unit price");
            }
            var input = forms.valid(new LineInput(
                    null,
                    Forms.text(form.sku()),
                    null,
                    form.quantity(),
                    null,
                    null,
                    new LineInput.CustomItem(Forms.text(form.title()), price, null, null),
                    null,
                    null));
            var added = orders.addLine(OrderId.of(id), input, form.version());
            redirect.addFlashAttribute("notice", added.item().title() + " added.");
            return "redirect:/orders/" + id + "?line=" + added.item().id().value();
        } catch (DomainException e) {
            requireFound(e);
            screens.show(orders.get(OrderId.of(id)), null, model);
            model.addAttribute("customForm", form);
            model.addAttribute("customErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** The line editor: quantity, standard or custom dates, and the splits across delivery locations. */
    record LineForm(Integer quantity, DeliveryMode mode, List<SplitRow> splits, Long version) {

        public List<SplitRow> rows() {
            return splits == null
                    ? List.of()
                    : splits.stream()
                            .filter(row -> row != null && !row.isEmpty())
                            .toList();
        }
    }

    record SplitRow(UUID locationId, Integer quantity, LocalDate date) {

        public boolean isEmpty() {
            return locationId == null && quantity == null && date == null;
        }
    }

    @PostMapping("/{id}/lines/{lineId}")
    String saveLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @ModelAttribute LineForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (form.quantity() == null || form.quantity() < 1) {
                throw DomainException.invalid("/quantity", "positive", "the quantity must be 1 or more");
            }
            var splits = form.rows().stream()
                    .map(row -> DeliveryInput.Split.toLocation(row.locationId(), row.quantity(), row.date()))
                    .toList();
            var delivery =
                    forms.valid(new DeliveryInput(form.mode() == null ? DeliveryMode.STANDARD : form.mode(), splits));
            orders.changeLineDelivery(OrderId.of(id), LineId.of(lineId), form.quantity(), delivery, form.version());
            redirect.addFlashAttribute("notice", "Item saved.");
            return "redirect:/orders/" + id + "?line=" + lineId;
        } catch (DomainException e) {
            var order = orders.get(OrderId.of(id));
            screens.show(order, lineId, model);
            model.addAttribute("lineForm", form);
            model.addAttribute("lineErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** A rental line's contract length (empty: bought outright), at the monthly price for that length. */
    @PostMapping("/{id}/lines/{lineId}/contract")
    String saveContract(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) Integer contractMonths,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var changes = new LineChanges(null, null, contractMonths, null, null, null);
        return changeLine(
                id, lineId, changes, Set.of("contractMonths"), version, "Contract length saved.", model, redirect);
    }

    /** A placed price with its reason; an empty price goes back to the default (catalog) price. */
    @PostMapping("/{id}/lines/{lineId}/price")
    String savePlacedPrice(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) String placedPrice,
            @RequestParam(required = false) String placedPriceReason,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            var order = orders.get(OrderId.of(id));
            var price = money(placedPrice, order, "/placedPrice");
            // the field shows the default price: sent unchanged, it asks for no placed price
            var line = order.lines().stream()
                    .filter(l -> l.id().value().equals(lineId))
                    .findFirst();
            if (price != null
                    && line.isPresent()
                    && line.get().placedPrice() == null
                    && price.equals(line.get().unitPrice())) {
                price = null;
            }
            var reason = price == null ? null : Forms.text(placedPriceReason);
            var changes = new LineChanges(null, price, null, null, reason, null);
            var present = price == null ? Set.of("placedPrice") : Set.of("placedPrice", "placedPriceReason");
            return changeLine(
                    id,
                    lineId,
                    changes,
                    present,
                    version,
                    price == null ? "Back to the default price." : "Placed price saved.",
                    model,
                    redirect);
        } catch (DomainException e) {
            return lineProblem(id, lineId, e, model);
        }
    }

    /** The line's pricing rule: one of the store's rules, or none. */
    @PostMapping("/{id}/lines/{lineId}/pricing-rule")
    String savePricingRule(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) UUID ruleId,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        var rule = ruleId == null ? null : new PricingRuleInput(ruleId, null, null, null, null);
        var changes = new LineChanges(null, null, null, null, null, rule);
        return changeLine(
                id,
                lineId,
                changes,
                Set.of("pricingRule"),
                version,
                rule == null ? "Pricing rule removed." : "Pricing rule saved.",
                model,
                redirect);
    }

    @PostMapping("/{id}/lines/{lineId}/promotions")
    String addLinePromotion(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) UUID promotionId,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (promotionId == null) {
                throw DomainException.invalid("/promotionId", "required", "choose a promotion");
            }
            pricing.addLinePromotion(OrderId.of(id), LineId.of(lineId), promotionId, version);
            redirect.addFlashAttribute("notice", "Promotion added.");
            return "redirect:/orders/" + id + "?line=" + lineId;
        } catch (DomainException e) {
            return lineProblem(id, lineId, e, model);
        }
    }

    @PostMapping("/{id}/lines/{lineId}/promotions/{promotionId}/remove")
    String removeLinePromotion(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @PathVariable UUID promotionId,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            pricing.removeLinePromotion(OrderId.of(id), LineId.of(lineId), promotionId, version);
            redirect.addFlashAttribute("notice", "Promotion removed.");
            return "redirect:/orders/" + id + "?line=" + lineId;
        } catch (DomainException e) {
            return lineProblem(id, lineId, e, model);
        }
    }

    /** One change of a line through the same service the API's PATCH uses. */
    private String changeLine(
            UUID id,
            UUID lineId,
            LineChanges changes,
            Set<String> present,
            Long version,
            String notice,
            Model model,
            RedirectAttributes redirect) {
        try {
            orders.changeLine(OrderId.of(id), LineId.of(lineId), new Patch<>(changes, present), version);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/orders/" + id + "?line=" + lineId;
        } catch (DomainException e) {
            return lineProblem(id, lineId, e, model);
        }
    }

    /** The order page again, the line's problem beside its field; an order the caller may not see stays a 404. */
    private String lineProblem(UUID id, UUID lineId, DomainException e, Model model) {
        requireFound(e);
        var order = orders.get(OrderId.of(id));
        screens.show(order, lineId, model);
        model.addAttribute("lineErrors", Forms.errors(e, "order " + order.number()));
        return "orders/page";
    }

    /** An amount typed in the order's currency; blank is none; 422 at {@code pointer} if it is not one. */
    private static Money money(String typed, Order order, String pointer) {
        var text = Forms.text(typed);
        if (text == null) {
            return null;
        }
        try {
            return Money.parse(
                    new BigDecimal(text.replace(",", "")), order.currency().getCurrencyCode());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(pointer, "amount", "not an amount: " + text);
        }
    }

    @PostMapping("/{id}/lines/{lineId}/remove")
    String removeLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            orders.removeLine(OrderId.of(id), LineId.of(lineId), version);
            redirect.addFlashAttribute("notice", "Item removed.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id;
    }

    /**
     * What "+ Add items" lists for {@code q}: each purchasable product without variants, and each variant of a
     * product with variants (all of them when the product's name or SKU matches, else those whose SKU does),
     * none that is on the order already.
     */
    record Pick(UUID productId, String sku, String name, boolean variant, String price) {}

    private List<Pick> pickable(Order order, String q) {
        if (q == null || q.trim().length() < 3) {
            return List.of();
        }
        var term = q.trim().toLowerCase(Locale.ROOT);
        var onOrder = order.lines().stream()
                .filter(l -> l.productId() != null && l.variantId() == null)
                .map(l -> l.productId())
                .collect(Collectors.toSet());
        var variantsOnOrder = order.lines().stream()
                .map(l -> l.variantId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var picks = new ArrayList<Pick>();
        var products = catalog.list(
                        new ProductQuery(q.trim(), true, null), PageRequest.of(PICKER_SIZE + onOrder.size(), null))
                .items();
        for (var p : products) {
            if (p.variants().isEmpty()) {
                if (!onOrder.contains(p.id())) {
                    picks.add(new Pick(p.id(), p.sku(), p.name(), false, price(p.asSellable(null))));
                }
                continue;
            }
            var whole = p.name().toLowerCase(Locale.ROOT).contains(term)
                    || p.sku().toLowerCase(Locale.ROOT).contains(term);
            for (var v : p.variants()) {
                if (!variantsOnOrder.contains(v.id())
                        && (whole || v.sku().toLowerCase(Locale.ROOT).contains(term))) {
                    var item = p.asSellable(v);
                    picks.add(new Pick(p.id(), v.sku(), item.title(), true, price(item)));
                }
            }
        }
        return picks.stream().limit(PICKER_SIZE).toList();
    }

    /** "2399.00 USD", or "from 99.00 USD / month" for an item offered only on contract. */
    private static String price(SellableItem item) {
        var monthly = item.contractPrices().stream()
                .map(c -> c.monthlyPrice())
                .min(java.util.Comparator.comparing(m -> m.amount()));
        if (item.price() == null) {
            return monthly.map(m -> "from " + m + " / month").orElse("");
        }
        return item.price() + monthly.map(m -> " or from " + m + " / month").orElse("");
    }
}

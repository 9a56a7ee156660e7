package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.PICKER_SIZE;
import static dev.ordino.orders.web.OrderScreens.message;
import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.orders.DeliveryInput;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.LineId;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
    private final OrderScreens screens;
    private final CatalogManagement catalog;
    private final Forms forms;

    OrderLinePages(OrderManagement orders, OrderScreens screens, CatalogManagement catalog, Forms forms) {
        this.orders = orders;
        this.screens = screens;
        this.catalog = catalog;
        this.forms = forms;
    }

    /** "+ Add items": purchasable items not yet on the order, searched by SKU or name from three characters. */
    @GetMapping("/{id}/picker")
    String picker(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        var order = orders.get(OrderId.of(id));
        model.addAttribute("order", OrderView.of(order));
        model.addAttribute("q", q);
        model.addAttribute("items", pickable(order, q));
        return "orders/page :: picker-results";
    }

    @PostMapping("/{id}/lines")
    String addLines(
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> productIds,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        if (productIds == null || productIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more items to add.");
            return "redirect:/orders/" + id;
        }
        try {
            var added = screens.addProducts(id, productIds, version);
            redirect.addFlashAttribute("notice", added + " added.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id;
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

    /** The purchasable products matching {@code q} that are not on the order yet. */
    private List<Product> pickable(Order order, String q) {
        if (q == null || q.trim().length() < 3) {
            return List.of();
        }
        var onOrder = order.lines().stream()
                .map(l -> l.productId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return catalog
                .list(new ProductQuery(q.trim(), true, null), PageRequest.of(PICKER_SIZE + onOrder.size(), null))
                .items()
                .stream()
                .filter(p -> !onOrder.contains(p.id()))
                .limit(PICKER_SIZE)
                .toList();
    }
}

package dev.ordino.catalog.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ProductChanges;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
 * The items view and the item page. Selected items go to an order through the "Add to order" dropdown, which
 * the orders module serves (a new order or one of the drafts). On the item page, staff who may change the catalog
 * say whether the item sells before its stock exists (backorders and pre-orders) and when stock is expected.
 */
@PageController
@RequestMapping("/products")
class ProductPages {

    private static final int PAGE_SIZE = 50;

    private final CatalogManagement catalog;

    ProductPages(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    /** The item's availability form; an unticked check box arrives as {@code null}, the date as typed. */
    record AvailabilityForm(Boolean allowBackorder, String expectedDate, Long version) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean purchasable,
            @RequestParam(required = false) String cursor,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("purchasable", purchasable);
        model.addAttribute(
                "page",
                catalog.list(
                        new ProductQuery(q == null || q.isBlank() ? null : q.trim(), purchasable, "name"),
                        PageRequest.of(PAGE_SIZE, cursor)));
        return "products/list";
    }

    @GetMapping("/{id}")
    String item(@PathVariable UUID id, Model model) {
        var product = catalog.get(id);
        model.addAttribute("product", product);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new AvailabilityForm(
                            product.allowBackorder(),
                            product.expectedDate() == null
                                    ? null
                                    : product.expectedDate().toString(),
                            product.version()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "products/item";
    }

    @PostMapping("/{id}/availability")
    String availability(
            @PathVariable UUID id, @ModelAttribute AvailabilityForm form, Model model, RedirectAttributes redirect) {
        try {
            var changes = new ProductChanges(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Boolean.TRUE.equals(form.allowBackorder()),
                    date(form.expectedDate()),
                    null,
                    null,
                    null);
            catalog.update(id, new Patch<>(changes, Set.of("allowBackorder", "expectedDate")), form.version());
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/products/" + id;
        } catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", Forms.errors(e, "this item"));
            return item(id, model);
        }
    }

    private static LocalDate date(String typed) {
        var text = Forms.text(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("/expectedDate", "date", "must be a date such as 2026-12-24");
        }
    }
}

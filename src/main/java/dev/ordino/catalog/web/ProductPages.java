package dev.ordino.catalog.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.PageController;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The items view and the item page. Selected items go to an order through the "Add to order" dropdown, which
 * the orders module serves (a new order or one of the drafts).
 */
@PageController
@RequestMapping("/products")
class ProductPages {

    private static final int PAGE_SIZE = 50;

    private final CatalogManagement catalog;

    ProductPages(CatalogManagement catalog) {
        this.catalog = catalog;
    }

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
        model.addAttribute("product", catalog.get(id));
        return "products/item";
    }
}

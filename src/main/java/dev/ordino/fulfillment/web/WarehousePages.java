package dev.ordino.fulfillment.web;

import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.NewWarehouse;
import dev.ordino.fulfillment.NewWarehouseGroup;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Warehouses page: the warehouses and a form to add one; the warehouse groups (what a channel ships from,
 * its warehouses in the order they are tried) and a form to add one.
 */
@PageController
class WarehousePages {

    /** How many warehouses the group form offers to put in order. */
    static final int GROUP_SLOTS = 10;

    private final FulfillmentManagement fulfillment;
    private final Forms forms;

    WarehousePages(FulfillmentManagement fulfillment, Forms forms) {
        this.fulfillment = fulfillment;
        this.forms = forms;
    }

    @GetMapping("/warehouses")
    String warehouses(Model model) {
        var warehouses = fulfillment.warehouses();
        model.addAttribute("warehouseList", warehouses);
        model.addAttribute("warehouses", ShipmentPages.warehouseNames(warehouses));
        model.addAttribute("groups", fulfillment.groups());
        model.addAttribute("mayWrite", fulfillment.mayWriteInventory());
        model.addAttribute("slots", Math.min(GROUP_SLOTS, warehouses.size()));
        return "fulfillment/warehouses";
    }

    @PostMapping("/warehouses")
    String createWarehouse(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String line1,
            @RequestParam(required = false) String line2,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String postalCode,
            @RequestParam(required = false) String country,
            RedirectAttributes redirect) {
        try {
            var created = fulfillment.createWarehouse(forms.valid(new NewWarehouse(
                    Forms.text(code),
                    Forms.text(name),
                    ShipmentPages.address(label, line1, line2, city, region, postalCode, country))));
            redirect.addFlashAttribute("notice", "Warehouse " + created.name() + " (" + created.code() + ") added.");
        } catch (DomainException e) {
            ShipmentPages.refused(e, redirect);
        }
        return "redirect:/warehouses";
    }

    /** A group: its warehouses in the order the form's choices put them, each once. */
    @PostMapping("/warehouse-groups")
    String createGroup(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(name = "warehouseId", required = false) List<String> warehouseIds,
            RedirectAttributes redirect) {
        try {
            var ordered = new ArrayList<UUID>();
            var chosen = warehouseIds == null ? List.<String>of() : warehouseIds;
            for (int i = 0; i < chosen.size(); i++) {
                var id = Forms.choice(chosen.get(i), "/warehouseIds/" + i);
                if (id != null && !ordered.contains(id)) {
                    ordered.add(id);
                }
            }
            var created = fulfillment.createGroup(
                    forms.valid(new NewWarehouseGroup(Forms.text(code), Forms.text(name), ordered)));
            redirect.addFlashAttribute(
                    "notice",
                    "Warehouse group " + created.name() + " (" + created.code() + ") added with "
                            + created.warehouseIds().size() + " warehouse"
                            + (created.warehouseIds().size() == 1 ? "" : "s") + ".");
        } catch (DomainException e) {
            ShipmentPages.refused(e, redirect);
        }
        return "redirect:/warehouses";
    }
}

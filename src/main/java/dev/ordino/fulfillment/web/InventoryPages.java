package dev.ordino.fulfillment.web;

import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.StockAdjustment;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Inventory page: stock levels per SKU and warehouse (on hand, reserved, available), filtered by SKU and
 * warehouse; the Adjust form; and the history of a SKU's movements. Everything through
 * {@link FulfillmentManagement}, which refuses what the caller may not do.
 */
@PageController
class InventoryPages {

    private final FulfillmentManagement fulfillment;
    private final Forms forms;

    InventoryPages(FulfillmentManagement fulfillment, Forms forms) {
        this.fulfillment = fulfillment;
        this.forms = forms;
    }

    @GetMapping("/inventory")
    String inventory(
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) String cursor,
            Model model) {
        var warehouses = fulfillment.warehouses();
        model.addAttribute("levels", fulfillment.inventory(Forms.text(sku), warehouseId, PageRequest.of(100, cursor)));
        model.addAttribute("warehouseList", warehouses);
        model.addAttribute("warehouses", ShipmentPages.warehouseNames(warehouses));
        model.addAttribute("sku", Forms.text(sku));
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("mayAdjust", fulfillment.mayWriteInventory());
        if (!model.containsAttribute("adjust")) {
            var adjust = new LinkedHashMap<String, String>();
            adjust.put("sku", sku == null ? "" : sku.strip());
            adjust.put("warehouseId", warehouseId == null ? "" : warehouseId.toString());
            adjust.put("delta", "");
            adjust.put("reason", "");
            model.addAttribute("adjust", adjust);
        }
        return "fulfillment/inventory";
    }

    /** Adjust: units counted in or out of a warehouse, for a reason; back to the SKU's levels. */
    @PostMapping("/inventory/adjustments")
    String adjust(
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) String warehouseId,
            @RequestParam(required = false) String delta,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            var adjusted = fulfillment.adjust(forms.valid(new StockAdjustment(
                    Forms.text(sku),
                    Forms.choice(warehouseId, "/warehouseId"),
                    Forms.wholeNumber(delta, "/delta"),
                    Forms.text(reason))));
            // what it left once the shipments waiting for the SKU took their share (assigned as the adjustment
            // committed)
            var level = fulfillment
                    .inventory(adjusted.level().sku(), adjusted.level().warehouseId(), PageRequest.of(1, null))
                    .items()
                    .stream()
                    .findFirst()
                    .orElse(adjusted.level());
            redirect.addFlashAttribute(
                    "notice",
                    "Stock of " + level.sku() + " adjusted by "
                            + signed(adjusted.movement().delta()) + ": "
                            + level.onHand() + " on hand, " + level.reserved() + " reserved, " + level.available()
                            + " available.");
        } catch (DomainException e) {
            ShipmentPages.refused(e, redirect);
            var typed = new LinkedHashMap<String, String>();
            typed.put("sku", sku == null ? "" : sku);
            typed.put("warehouseId", warehouseId == null ? "" : warehouseId);
            typed.put("delta", delta == null ? "" : delta);
            typed.put("reason", reason == null ? "" : reason);
            redirect.addFlashAttribute("adjust", typed);
        }
        var text = Forms.text(sku);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/inventory")
                        .queryParamIfPresent("sku", java.util.Optional.ofNullable(text))
                        .encode()
                        .build()
                        .toUriString();
    }

    @GetMapping("/inventory/history")
    String history(
            @RequestParam(required = false) String sku, @RequestParam(required = false) String cursor, Model model) {
        var warehouses = fulfillment.warehouses();
        model.addAttribute("movements", fulfillment.history(Forms.text(sku), null, PageRequest.of(100, cursor)));
        model.addAttribute("warehouses", ShipmentPages.warehouseNames(warehouses));
        model.addAttribute("sku", Forms.text(sku));
        return "fulfillment/inventory-history";
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }
}

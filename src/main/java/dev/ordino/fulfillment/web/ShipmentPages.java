package dev.ordino.fulfillment.web;

import dev.ordino.fulfillment.FulfillmentManagement;
import dev.ordino.fulfillment.NewShipment;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentAction;
import dev.ordino.fulfillment.ShipmentPackage;
import dev.ordino.fulfillment.ShipmentShipping;
import dev.ordino.fulfillment.Warehouse;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.web.tabs.OrderTabs;
import dev.ordino.shared.Address;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.shipping.ShippingMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page's Shipments and Inventory tabs, and the shipment forms behind them: Release, Add to picklist,
 * Complete, Deliver, Cancel, Edit destination and Split. Every form calls {@link FulfillmentManagement}, which
 * decides who may do what; a refused step comes back as a message on the tab it was taken on. The customer's
 * buyers see the Shipments tab without its forms.
 */
@PageController
class ShipmentPages {

    private final FulfillmentManagement fulfillment;
    private final OrderManagement orders;
    private final ShippingManagement shipping;
    private final CurrentActor actor;
    private final Forms forms;
    private final OrderTabs tabs;

    ShipmentPages(
            FulfillmentManagement fulfillment,
            OrderManagement orders,
            ShippingManagement shipping,
            CurrentActor actor,
            Forms forms,
            OrderTabs tabs) {
        this.tabs = tabs;
        this.fulfillment = fulfillment;
        this.orders = orders;
        this.shipping = shipping;
        this.actor = actor;
        this.forms = forms;
    }

    // --- the order's Shipments tab ---------------------------------------------------------------------------

    @GetMapping("/orders/{id}/shipments")
    String shipments(@PathVariable UUID id, Model model) {
        var order = tabs.header(id, "shipments", model);
        var shipments = fulfillment.shipments(order.id());
        var staff = !actor.get().isBuyer();
        var mayShip = staff && fulfillment.mayWriteShipments();
        model.addAttribute("shipments", shipments);
        model.addAttribute("mayShip", mayShip);
        model.addAttribute("warehouses", staff ? warehouseNames(fulfillment.warehouses()) : Map.of());
        model.addAttribute("methods", mayShip ? methods() : List.of());
        model.addAttribute("lines", order.lines());
        model.addAttribute(
                "splittable",
                mayShip && shipments.stream().anyMatch(s -> s.status().isOpen()));
        return "fulfillment/order-shipments";
    }

    /** A step of a shipment; back to its order's Shipments tab. */
    @PostMapping("/shipments/{id}/{action:release|pack|ship|deliver|cancel}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String weightGrams,
            @RequestParam(required = false) String lengthCm,
            @RequestParam(required = false) String widthCm,
            @RequestParam(required = false) String heightCm,
            RedirectAttributes redirect) {
        var shipment = fulfillment.shipment(id);
        var back = "redirect:/orders/" + shipment.orderId() + "/shipments";
        try {
            var step = ShipmentAction.fromSlug(action).orElseThrow(() -> DomainException.notFound("action", action));
            var after = switch (step) {
                case RELEASE -> fulfillment.release(id, version);
                case PACK -> fulfillment.pack(id, version);
                case SHIP ->
                    fulfillment.ship(
                            id,
                            forms.valid(new ShipmentShipping(
                                    Forms.text(carrier),
                                    Forms.text(trackingNumber),
                                    parcel(weightGrams, lengthCm, widthCm, heightCm))),
                            version);
                case DELIVER -> fulfillment.deliver(id, version);
                case CANCEL -> fulfillment.cancel(id, Forms.text(reason), version);
                case ASSIGN, SHIP_AT_3PL -> throw DomainException.notFound("action", action);
            };
            redirect.addFlashAttribute("notice", "Shipment " + after.number() + " is now " + label(after) + ".");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return back;
    }

    /** Edit destination: where an open shipment goes, and how. */
    @PostMapping("/shipments/{id}/destination")
    String changeDestination(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String line1,
            @RequestParam(required = false) String line2,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String postalCode,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String shippingMethodId,
            RedirectAttributes redirect) {
        var shipment = fulfillment.shipment(id);
        try {
            var address = forms.valid(address(label, line1, line2, city, region, postalCode, country));
            var after = fulfillment.changeDestination(
                    id, address, Forms.choice(shippingMethodId, "/shippingMethodId"), version);
            redirect.addFlashAttribute(
                    "notice",
                    "Shipment " + after.number() + " now goes to "
                            + after.address().line1() + ", " + after.address().city() + ".");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + shipment.orderId() + "/shipments";
    }

    /** Split: a new shipment with its own address and method, taking the given quantities of the order's lines. */
    @PostMapping("/orders/{id}/shipments")
    String split(
            @PathVariable UUID id,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String line1,
            @RequestParam(required = false) String line2,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String postalCode,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String shippingMethodId,
            @RequestParam(name = "lineId", required = false) List<UUID> lineIds,
            @RequestParam(name = "quantity", required = false) List<String> quantities,
            RedirectAttributes redirect) {
        try {
            var lines = new ArrayList<NewShipment.LineQuantity>();
            var ids = lineIds == null ? List.<UUID>of() : lineIds;
            var counts = quantities == null ? List.<String>of() : quantities;
            for (int i = 0; i < ids.size() && i < counts.size(); i++) {
                var quantity = Forms.wholeNumber(counts.get(i), "/lines/" + i + "/quantity");
                if (quantity != null && quantity != 0) {
                    lines.add(new NewShipment.LineQuantity(ids.get(i), quantity));
                }
            }
            if (lines.isEmpty()) {
                throw DomainException.invalid(
                        "/lines", "required", "say how many units of which lines the new" + " shipment takes");
            }
            var request = forms.valid(new NewShipment(
                    address(label, line1, line2, city, region, postalCode, country),
                    Forms.choice(shippingMethodId, "/shippingMethodId"),
                    lines));
            var created = fulfillment.split(OrderId.of(id), request);
            redirect.addFlashAttribute(
                    "notice", "Shipment " + created.number() + " was split off, " + label(created) + ".");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/orders/" + id + "/shipments";
    }

    // --- the order's Inventory tab ---------------------------------------------------------------------------

    @GetMapping("/orders/{id}/inventory-history")
    String inventoryHistory(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        var order = tabs.header(id, "inventory", model);
        model.addAttribute("movements", fulfillment.history(null, order.id().value(), PageRequest.of(100, cursor)));
        model.addAttribute("warehouses", warehouseNames(fulfillment.warehouses()));
        return "fulfillment/order-inventory";
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<ShippingMethod> methods() {
        return shipping.list(PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
    }

    /** Warehouses by id, for the pages to name them: "Main warehouse (main)". */
    static Map<UUID, String> warehouseNames(List<Warehouse> warehouses) {
        return warehouses.stream()
                .collect(Collectors.toMap(
                        Warehouse::id,
                        w -> w.name() + " (" + w.code() + ")",
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    static Map<UUID, Warehouse> byId(List<Warehouse> warehouses) {
        return warehouses.stream().collect(Collectors.toMap(Warehouse::id, Function.identity()));
    }

    /** "awaiting inventory", "released": a status in words. */
    static String label(Shipment shipment) {
        return shipment.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** One package if any of its measures was typed, else none. */
    private static List<ShipmentPackage> parcel(
            @Nullable String weightGrams,
            @Nullable String lengthCm,
            @Nullable String widthCm,
            @Nullable String heightCm) {
        var weight = Forms.wholeNumber(weightGrams, "/packages/0/weightGrams");
        var length = Forms.wholeNumber(lengthCm, "/packages/0/lengthCm");
        var width = Forms.wholeNumber(widthCm, "/packages/0/widthCm");
        var height = Forms.wholeNumber(heightCm, "/packages/0/heightCm");
        if (weight == null && length == null && width == null && height == null) {
            return List.of();
        }
        return List.of(new ShipmentPackage(weight, length, width, height, null));
    }

    static Address address(
            @Nullable String label,
            @Nullable String line1,
            @Nullable String line2,
            @Nullable String city,
            @Nullable String region,
            @Nullable String postalCode,
            @Nullable String country) {
        return new Address(
                Forms.text(label),
                Forms.text(line1),
                Forms.text(line2),
                Forms.text(city),
                Forms.text(region),
                Forms.text(postalCode),
                Forms.text(country));
    }

    /** A refused change: its messages, each with the field it is about, as the flash of the page it came from. */
    static void refused(DomainException e, RedirectAttributes redirect) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute(
                "problem",
                Forms.errors(e).entrySet().stream()
                        .map(m -> m.getKey().isEmpty() ? m.getValue() : field(m.getKey()) + " " + m.getValue())
                        .collect(Collectors.joining(" ")));
    }

    /** "/address/postalCode" as a page says it: "postal code". */
    private static String field(String pointer) {
        var segments = pointer.replace("?", "").split("/");
        var last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = segments[i].matches("[0-9]*") ? "" : segments[i];
        }
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ":";
    }
}

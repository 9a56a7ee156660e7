package dev.ordino.orders.web;

import dev.ordino.orders.Edited;
import dev.ordino.orders.LineId;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderDiscount;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderPricingManagement;
import dev.ordino.orders.ShippingInput;
import dev.ordino.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Promotions, coupons and shipping on an order (docs/api.md: coupons, shipping rates). */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = "application/json")
@Tag(name = "Order pricing", description = "Promotions and coupons on orders and lines, shipping rates and methods")
class OrderPricingApiController {

    private static final String IF_MATCH = "If-Match";

    private final OrderPricingManagement pricing;
    private final OrderManagement orders;

    OrderPricingApiController(OrderPricingManagement pricing, OrderManagement orders) {
        this.pricing = pricing;
        this.orders = orders;
    }

    record CouponInput(@NotBlank @Size(max = 40) String code) {}

    record PromotionInput(@NotNull UUID promotionId) {}

    @PostMapping(path = "/{id}/coupons", consumes = "application/json")
    @Operation(
            summary = "Apply a coupon code to the order",
            description =
                    "422 when the code is unknown, not yet valid, expired, in another currency or used up; 409 when already applied.")
    ResponseEntity<OrderView.DiscountView> applyCoupon(
            @PathVariable UUID id,
            @Valid @RequestBody CouponInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return created(pricing.applyCoupon(OrderId.of(id), input.code(), ETags.ifMatch(ifMatch)), "coupons");
    }

    @DeleteMapping("/{id}/coupons/{discountId}")
    @Operation(summary = "Remove a coupon from the order")
    ResponseEntity<Void> removeCoupon(
            @PathVariable UUID id,
            @PathVariable UUID discountId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return noContent(pricing.removeDiscount(OrderId.of(id), discountId, ETags.ifMatch(ifMatch)));
    }

    @PostMapping(path = "/{id}/promotions", consumes = "application/json")
    @Operation(summary = "Apply a catalog-wide promotion to the whole order")
    ResponseEntity<OrderView.DiscountView> applyPromotion(
            @PathVariable UUID id,
            @Valid @RequestBody PromotionInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return created(
                pricing.applyPromotion(OrderId.of(id), input.promotionId(), ETags.ifMatch(ifMatch)), "promotions");
    }

    @DeleteMapping("/{id}/promotions/{discountId}")
    @Operation(summary = "Remove a catalog-wide promotion from the order")
    ResponseEntity<Void> removePromotion(
            @PathVariable UUID id,
            @PathVariable UUID discountId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return noContent(pricing.removeDiscount(OrderId.of(id), discountId, ETags.ifMatch(ifMatch)));
    }

    @PostMapping(path = "/{id}/lines/{lineId}/promotions", consumes = "application/json")
    @Operation(summary = "Add a promotion of the line's product to the line")
    ResponseEntity<OrderView.LineView> addLinePromotion(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @Valid @RequestBody PromotionInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var order = pricing.addLinePromotion(
                OrderId.of(id), LineId.of(lineId), input.promotionId(), ETags.ifMatch(ifMatch));
        return ResponseEntity.created(
                        URI.create("/api/v1/orders/" + id + "/lines/" + lineId + "/promotions/" + input.promotionId()))
                .eTag(ETags.of(order.version()))
                .body(OrderView.LineView.of(order, order.line(LineId.of(lineId))));
    }

    @DeleteMapping("/{id}/lines/{lineId}/promotions/{promotionId}")
    @Operation(summary = "Remove a promotion from a line")
    ResponseEntity<Void> removeLinePromotion(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @PathVariable UUID promotionId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return noContent(
                pricing.removeLinePromotion(OrderId.of(id), LineId.of(lineId), promotionId, ETags.ifMatch(ifMatch)));
    }

    @GetMapping("/{id}/shipping-rates")
    @Operation(
            summary = "List the shipping methods that can send the order, with their prices",
            description =
                    "Needs a shipping address (422 otherwise). Priced by the chargeable weight (the items' or the parcel's, or the parcel's volumetric weight when larger) or by the items' value.")
    OrderPricingManagement.ShippingOptions shippingRates(@PathVariable UUID id) {
        return pricing.shippingRates(OrderId.of(id));
    }

    @PutMapping(path = "/{id}/shipping", consumes = "application/json")
    @Operation(
            summary = "Choose how the order ships",
            description = "{methodId} for one of the store's methods, or {name, carrier?, price} for a custom method.")
    ResponseEntity<OrderView> chooseShipping(
            @PathVariable UUID id,
            @Valid @RequestBody ShippingInput input,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var order = pricing.chooseShipping(OrderId.of(id), input, ETags.ifMatch(ifMatch));
        return ResponseEntity.ok()
                .eTag(ETags.of(order.version()))
                .body(OrderView.of(order, orders.actionsFor(order), orders.today()));
    }

    @DeleteMapping("/{id}/shipping")
    @Operation(summary = "Remove the order's shipping method")
    ResponseEntity<Void> clearShipping(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return noContent(pricing.clearShipping(OrderId.of(id), ETags.ifMatch(ifMatch)));
    }

    private static ResponseEntity<OrderView.DiscountView> created(Edited<OrderDiscount> added, String path) {
        var order = added.order();
        var view = OrderView.DiscountView.of(order, order.priced()).stream()
                .filter(d -> d.id().equals(added.item().id()))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id() + "/" + path + "/"
                        + added.item().id()))
                .eTag(ETags.of(order.version()))
                .body(view);
    }

    private static ResponseEntity<Void> noContent(Order order) {
        return ResponseEntity.noContent().eTag(ETags.of(order.version())).build();
    }
}

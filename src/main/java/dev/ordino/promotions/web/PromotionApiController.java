package dev.ordino.promotions.web;

import dev.ordino.promotions.NewPricingRule;
import dev.ordino.promotions.NewPromotion;
import dev.ordino.promotions.PricingRule;
import dev.ordino.promotions.PricingRuleChanges;
import dev.ordino.promotions.Promotion;
import dev.ordino.promotions.PromotionChanges;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.promotions.PromotionScope;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.ETags;
import dev.ordino.shared.web.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Promotions", description = "Pricing rules, product and catalog-wide promotions, coupon codes")
class PromotionApiController {

    private static final String IF_MATCH = "If-Match";

    private final PromotionManagement promotions;
    private final PatchReader patches;

    PromotionApiController(PromotionManagement promotions, PatchReader patches) {
        this.promotions = promotions;
        this.patches = patches;
    }

    @PostMapping(path = "/promotions", consumes = "application/json")
    @Operation(
            summary = "Create a promotion",
            description =
                    "PRODUCT scope: productIds, added to lines. ORDER scope: the whole order, chosen by staff or entered as couponCode (unique ignoring case). Validity window, usage limits, minimum subtotal.")
    ResponseEntity<Promotion> create(@Valid @RequestBody NewPromotion request) {
        var promotion = promotions.create(request);
        return ETags.created("/api/v1/promotions/" + promotion.id(), promotion.version(), promotion);
    }

    @GetMapping("/promotions")
    @Operation(summary = "List promotions by name", description = "scope, productId and active narrow the list.")
    Page<Promotion> list(
            @RequestParam(required = false) PromotionScope scope,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return promotions.list(scope, productId, active, PageRequest.of(limit, cursor));
    }

    @GetMapping("/promotions/{id}")
    @Operation(summary = "Read a promotion, with how many orders used it")
    ResponseEntity<Promotion> get(@PathVariable UUID id) {
        var promotion = promotions.get(id);
        return ETags.ok(promotion.version(), promotion);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = PromotionChanges.class)))
    @PatchMapping(
            path = "/promotions/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a promotion", description = "Its scope is fixed; If-Match is honoured.")
    ResponseEntity<Promotion> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var promotion = promotions.update(id, patches.read(body, PromotionChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(promotion.version(), promotion);
    }

    @DeleteMapping("/promotions/{id}")
    @Operation(summary = "Delete a promotion no order has used", description = "409 once used: deactivate it instead.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        promotions.delete(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/pricing-rules", consumes = "application/json")
    @Operation(
            summary = "Create a pricing rule",
            description =
                    "PERCENTAGE off a line, FIXED_AMOUNT off each unit, or FIXED_PRICE per unit; productIds limit it.")
    ResponseEntity<PricingRule> createRule(@Valid @RequestBody NewPricingRule request) {
        var rule = promotions.createRule(request);
        return ETags.created("/api/v1/pricing-rules/" + rule.id(), rule.version(), rule);
    }

    @GetMapping("/pricing-rules")
    @Operation(summary = "List pricing rules by name")
    Page<PricingRule> listRules(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return promotions.listRules(PageRequest.of(limit, cursor));
    }

    @GetMapping("/pricing-rules/{id}")
    @Operation(summary = "Read a pricing rule")
    ResponseEntity<PricingRule> getRule(@PathVariable UUID id) {
        var rule = promotions.getRule(id);
        return ETags.ok(rule.version(), rule);
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The fields to change (JSON merge patch: null clears an optional field)",
            content = @Content(schema = @Schema(implementation = PricingRuleChanges.class)))
    @PatchMapping(
            path = "/pricing-rules/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a pricing rule", description = "Orders keep the rule as they applied it.")
    ResponseEntity<PricingRule> patchRule(
            @PathVariable UUID id,
            @RequestBody JsonNode body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        var rule = promotions.updateRule(id, patches.read(body, PricingRuleChanges.class), ETags.ifMatch(ifMatch));
        return ETags.ok(rule.version(), rule);
    }

    @DeleteMapping("/pricing-rules/{id}")
    @Operation(summary = "Delete a pricing rule")
    ResponseEntity<Void> deleteRule(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        promotions.deleteRule(id, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

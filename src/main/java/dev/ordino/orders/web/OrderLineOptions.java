package dev.ordino.orders.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.ContractPrice;
import dev.ordino.promotions.PricingRule;
import dev.ordino.promotions.Promotion;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.promotions.PromotionScope;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.PageRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the line editor offers for the selected line: the contract lengths of its product or variant with their
 * monthly prices, and, for staff, the store's pricing rules and the product's promotions. The template asks for
 * them ({@code @orderLineOptions.of(selected)}); whether a choice may be saved stays the services' to say.
 */
@Component("orderLineOptions")
class OrderLineOptions {

    private final CatalogManagement catalog;
    private final PromotionManagement promotions;
    private final CurrentActor actor;

    OrderLineOptions(CatalogManagement catalog, PromotionManagement promotions, CurrentActor actor) {
        this.catalog = catalog;
        this.promotions = promotions;
        this.actor = actor;
    }

    /**
     * The choices of a line; a custom item has no contract prices and no product promotions. One read-only
     * transaction for the three lookups (the product's contract prices, the rules, the product's promotions).
     */
    @Transactional(readOnly = true)
    public LineOptions of(OrderView.LineView line) {
        if (line == null) {
            return LineOptions.NONE;
        }
        var contracts = line.productId() == null
                ? List.<ContractPrice>of()
                : catalog.sellable(line.productId(), line.variantId())
                        .map(item -> item.contractPrices())
                        .orElse(List.of());
        if (actor.get().isBuyer()) {
            return new LineOptions(contracts, List.of(), List.of());
        }
        var page = PageRequest.of(PageRequest.MAX_LIMIT, null);
        var rules = promotions.listRules(page).items().stream()
                .filter(PricingRule::active)
                .filter(rule -> rule.productIds().isEmpty()
                        || (line.productId() != null && rule.productIds().contains(line.productId())))
                .toList();
        var onLine = line.promotions().stream().map(p -> p.sourceId()).toList();
        var linePromotionsOffered = line.productId() == null
                ? List.<Promotion>of()
                : promotions.list(PromotionScope.PRODUCT, line.productId(), true, page).items().stream()
                        .filter(p -> !onLine.contains(p.id()))
                        .toList();
        return new LineOptions(contracts, rules, linePromotionsOffered);
    }

    /** {@code promotions}: the product's active promotions not yet on the line. */
    record LineOptions(List<ContractPrice> contracts, List<PricingRule> rules, List<Promotion> promotions) {

        static final LineOptions NONE = new LineOptions(List.of(), List.of(), List.of());
    }
}

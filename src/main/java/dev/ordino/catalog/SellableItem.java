package dev.ordino.catalog;

import dev.ordino.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A product or one of its variants as an order sees it: what it is called, whether it may be bought, and
 * what it costs once ({@code price}) or per month for a contract length ({@code contractPrices}).
 */
public record SellableItem(
        UUID productId,
        UUID variantId,
        String sku,
        String title,
        boolean purchasable,
        Money price,
        Integer leadTimeDays,
        Money toolingCost,
        Integer weightGrams,
        String taxClass,
        List<ContractPrice> contractPrices) {

    public Optional<Money> monthlyPrice(int months) {
        return contractPrices.stream()
                .filter(p -> p.months() == months)
                .map(ContractPrice::monthlyPrice)
                .findFirst();
    }
}

package dev.ordino.demo;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.NewPriceList;
import dev.ordino.catalog.PriceList;
import dev.ordino.catalog.PriceListEntry;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.VolumeTier;
import dev.ordino.promotions.DiscountKind;
import dev.ordino.promotions.NewPricingRule;
import dev.ordino.promotions.NewPromotion;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.promotions.PromotionScope;
import dev.ordino.shared.Money;
import dev.ordino.shipping.NewShippingMethod;
import dev.ordino.shipping.RateBasis;
import dev.ordino.shipping.RateBracket;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.taxes.NewTaxZone;
import dev.ordino.taxes.TaxManagement;
import dev.ordino.taxes.TaxRate;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The pricing setup of the demo store: a wholesale price list, US state and German VAT zones, two shipping
 * methods, a pricing rule, a product promotion and a welcome coupon.
 */
@Component
class DemoPricing {

    private static final Currency USD = Currency.getInstance("USD");

    private final CatalogManagement catalog;
    private final TaxManagement taxes;
    private final ShippingManagement shipping;
    private final PromotionManagement promotions;

    DemoPricing(
            CatalogManagement catalog,
            TaxManagement taxes,
            ShippingManagement shipping,
            PromotionManagement promotions) {
        this.catalog = catalog;
        this.taxes = taxes;
        this.shipping = shipping;
        this.promotions = promotions;
    }

    /** Wholesale prices for the manufacturer's parts, with quantity breaks. */
    PriceList wholesalePriceList() {
        return catalog.createPriceList(new NewPriceList(
                "wholesale",
                "Wholesale",
                "Prices for resellers buying by the carton.",
                USD,
                List.of(
                        new PriceListEntry("BRK-1100", usd("3.10"), List.of(new VolumeTier(500, usd("2.90")))),
                        new PriceListEntry("GSK-0300", usd("0.55"), List.of()))));
    }

    void taxesAndShipping() {
        taxes.create(new NewTaxZone(
                "Ohio", "US", "OH", List.of(new TaxRate("standard", "Ohio sales tax", new BigDecimal("5.75")))));
        taxes.create(new NewTaxZone(
                "Washington",
                "US",
                "WA",
                List.of(
                        new TaxRate("standard", "Washington state tax", new BigDecimal("6.5")),
                        new TaxRate("standard", "Redmond local tax", new BigDecimal("3.6")))));
        taxes.create(new NewTaxZone(
                "Germany",
                "DE",
                null,
                List.of(
                        new TaxRate("standard", "USt 19%", new BigDecimal("19")),
                        new TaxRate("reduced", "USt 7%", new BigDecimal("7")),
                        new TaxRate("shipping", "USt 19%", new BigDecimal("19")))));
        shipping.create(new NewShippingMethod(
                "ups-ground",
                "UPS Ground",
                "UPS",
                true,
                List.of("US"),
                RateBasis.WEIGHT,
                USD,
                List.of(
                        new RateBracket(BigDecimal.ZERO, new BigDecimal("2000"), usd("9.50")),
                        new RateBracket(new BigDecimal("2000"), new BigDecimal("20000"), usd("18.00")),
                        new RateBracket(new BigDecimal("20000"), new BigDecimal("100000"), usd("42.00")),
                        new RateBracket(new BigDecimal("100000"), null, usd("120.00")))));
        shipping.create(new NewShippingMethod(
                "ltl-freight",
                "LTL freight, free from $1,000",
                "Old Dominion",
                true,
                List.of("US"),
                RateBasis.ORDER_VALUE,
                USD,
                List.of(
                        new RateBracket(BigDecimal.ZERO, new BigDecimal("1000"), usd("150.00")),
                        new RateBracket(new BigDecimal("1000"), null, usd("0.00")))));
    }

    void promotions(Product bracket) {
        promotions.createRule(new NewPricingRule(
                "Key account, 8% off",
                "For customers with a volume agreement.",
                DiscountKind.PERCENTAGE,
                new BigDecimal("8"),
                null,
                List.of(),
                true));
        promotions.create(new NewPromotion(
                "Bracket launch, 5% off",
                "Introductory price for the new aluminium bracket.",
                PromotionScope.PRODUCT,
                DiscountKind.PERCENTAGE,
                new BigDecimal("5"),
                null,
                List.of(bracket.id()),
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null));
        promotions.create(new NewPromotion(
                "Welcome, 10% off your first order",
                null,
                PromotionScope.ORDER,
                DiscountKind.PERCENTAGE,
                new BigDecimal("10"),
                null,
                List.of(),
                "WELCOME10",
                null,
                null,
                null,
                1,
                null,
                true,
                null));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}

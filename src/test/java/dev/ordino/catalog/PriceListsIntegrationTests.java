package dev.ordino.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Price lists and quantity breaks: what a list may hold, and the price a quote picks. */
class PriceListsIntegrationTests extends IntegrationTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    private CatalogManagement catalog;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** A product with a variant: {@code sku} and {@code sku-V}. */
    private UUID productWithVariant(String sku) {
        return UUID.fromString(api.post(
                        "/products",
                        Map.of(
                                "sku", sku,
                                "name", "Valve " + sku,
                                "price", money("10.00", "USD"),
                                "volumeTiers", List.of(Map.of("minQuantity", 10, "unitPrice", money("9.00", "USD"))),
                                "variants", List.of(Map.of("sku", sku + "-V", "name", "Large"))))
                .expect(201)
                .at("/id"));
    }

    private UUID priceList(String currency, List<Map<String, Object>> entries) {
        return UUID.fromString(api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "pl-" + currency.toLowerCase() + "-" + marker,
                                "name",
                                "List " + marker,
                                "currency",
                                currency,
                                "entries",
                                entries))
                .expect(201)
                .at("/id"));
    }

    @Test
    void theHighestQuantityBreakReachedSetsTheUnitPrice() {
        var sku = "TV-" + marker;
        var product = productWithVariant(sku);
        var list = priceList(
                "USD",
                List.of(Map.of(
                        "sku",
                        sku,
                        "price",
                        money("8.00", "USD"),
                        "tiers",
                        List.of(
                                Map.of("minQuantity", 50, "unitPrice", money("7.00", "USD")),
                                Map.of("minQuantity", 100, "unitPrice", money("6.50", "USD"))))));
        assertThat(catalog.quote(product, null, USD, 49, list)
                        .orElseThrow()
                        .unitPrice()
                        .amount())
                .isEqualByComparingTo("8.00");
        assertThat(catalog.quote(product, null, USD, 50, list)
                        .orElseThrow()
                        .unitPrice()
                        .amount())
                .isEqualByComparingTo("7.00");
        var quote = catalog.quote(product, null, USD, 500, list).orElseThrow();
        assertThat(quote.unitPrice().amount()).isEqualByComparingTo("6.50");
        assertThat(quote.source()).isEqualTo("Price list List " + marker + ", 100 or more");
    }

    @Test
    void withoutAPriceListTheProductsOwnTiersApply() {
        var product = productWithVariant("TP-" + marker);
        assertThat(catalog.quote(product, null, USD, 9, null).orElseThrow().source())
                .isEqualTo("List price");
        assertThat(catalog.quote(product, null, USD, 10, null)
                        .orElseThrow()
                        .unitPrice()
                        .amount())
                .isEqualByComparingTo("9.00");
    }

    @Test
    void aVariantWithoutAnEntryOfItsOwnSellsAtItsProductsEntry() {
        var sku = "VF-" + marker;
        var product = productWithVariant(sku);
        var variant = catalog.get(product).variants().get(0).id();
        var list = priceList("USD", List.of(Map.of("sku", sku, "price", money("7.70", "USD"))));
        assertThat(catalog.quote(product, variant, USD, 1, list)
                        .orElseThrow()
                        .unitPrice()
                        .amount())
                .isEqualByComparingTo("7.70");
    }

    @Test
    void aPriceListInAnotherCurrencyIsIgnoredAndAnItemWithoutAPriceInTheCurrencyHasNoQuote() {
        var sku = "CU-" + marker;
        var product = productWithVariant(sku);
        var euros = priceList("EUR", List.of(Map.of("sku", sku, "price", money("9.50", "EUR"))));
        assertThat(catalog.quote(product, null, USD, 1, euros).orElseThrow().source())
                .isEqualTo("List price");
        assertThat(catalog.quote(product, null, Currency.getInstance("EUR"), 1, euros)
                        .orElseThrow()
                        .unitPrice()
                        .amount())
                .isEqualByComparingTo("9.50");
        assertThat(catalog.quote(product, null, Currency.getInstance("GBP"), 1, euros))
                .isEmpty();
    }

    @Test
    void anEntryNamesACatalogSkuOnceInTheListsCurrency() {
        var sku = "EN-" + marker;
        productWithVariant(sku);
        var unknown = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "bad1-" + marker,
                                "name",
                                "Bad",
                                "currency",
                                "USD",
                                "entries",
                                List.of(
                                        Map.of("sku", sku, "price", money("1.00", "USD")),
                                        Map.of("sku", "NOPE-" + marker, "price", money("1.00", "USD")))))
                .expect(422);
        assertThat(unknown.at("/errors/0/pointer")).isEqualTo("/entries/1/sku");
        var twice = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "bad2-" + marker,
                                "name",
                                "Bad",
                                "currency",
                                "USD",
                                "entries",
                                List.of(
                                        Map.of("sku", sku, "price", money("1.00", "USD")),
                                        Map.of("sku", sku.toLowerCase(), "price", money("2.00", "USD")))))
                .expect(422);
        assertThat(twice.at("/errors/0/code")).isEqualTo("duplicate");
        var currency = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "bad3-" + marker,
                                "name",
                                "Bad",
                                "currency",
                                "USD",
                                "entries",
                                List.of(Map.of("sku", sku, "price", money("1.00", "EUR")))))
                .expect(422);
        assertThat(currency.at("/errors/0/pointer")).isEqualTo("/entries/0/price/currency");
        var tiers = api.post(
                        "/products",
                        Map.of(
                                "sku",
                                "TT-" + marker,
                                "name",
                                "Tiers",
                                "price",
                                money("5.00", "USD"),
                                "volumeTiers",
                                List.of(
                                        Map.of("minQuantity", 20, "unitPrice", money("4.00", "USD")),
                                        Map.of("minQuantity", 10, "unitPrice", money("4.50", "USD")))))
                .expect(422);
        assertThat(tiers.at("/errors/0/pointer")).isEqualTo("/volumeTiers/1/minQuantity");
    }

    @Test
    void aChannelOrCustomerNamesAnExistingPriceList() {
        var missing = UUID.randomUUID().toString();
        var channel = api.post(
                        "/channels",
                        Map.of("code", "plc-" + marker, "name", "C", "workflow", "DIRECT", "priceListId", missing))
                .expect(422);
        assertThat(channel.at("/errors/0/pointer")).isEqualTo("/priceListId");
        var customer = api.post(
                        "/customers",
                        Map.of(
                                "type", "BUSINESS",
                                "email", "pl-" + marker + "@example.com",
                                "firstName", "P",
                                "lastName", "L",
                                "companyName", "PL",
                                "priceListId", missing))
                .expect(422);
        assertThat(customer.at("/errors/0/pointer")).isEqualTo("/priceListId");
    }

    @Test
    void aPriceListChangesWithIfMatchAndIsDeleted() {
        var sku = "PD-" + marker;
        productWithVariant(sku);
        var created = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "pd-" + marker,
                                "name",
                                "Patch me",
                                "currency",
                                "USD",
                                "entries",
                                List.of(Map.of("sku", sku, "price", money("1.00", "USD")))))
                .expect(201);
        var id = created.at("/id");
        api.send("PATCH", "/price-lists/" + id, Map.of("name", "Patched"), Map.of("If-Match", created.header("ETag")))
                .expect(200);
        api.send("PATCH", "/price-lists/" + id, Map.of("name", "Stale"), Map.of("If-Match", created.header("ETag")))
                .expect(412);
        var read = api.get("/price-lists/" + id).json();
        assertThat(read.at("/name").asString()).isEqualTo("Patched");
        assertThat(read.at("/entries/0/sku").asString()).isEqualTo(sku);
        api.post("/price-lists", Map.of("code", "PD-" + marker, "name", "Again", "currency", "USD"))
                .expect(409);
        api.delete("/price-lists/" + id).expect(204);
        api.get("/price-lists/" + id).expect(404);
    }
}

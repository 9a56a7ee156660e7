package dev.ordino.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogIntegrationTests extends IntegrationTest {

    static String sku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Map<String, Object> product(String sku) {
        return Map.of("sku", sku, "name", "Widget " + sku, "price", Map.of("amount", "12.50", "currency", "USD"));
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static List<String> pointers(Api.Response response) {
        return response.json()
                .at("/errors")
                .valueStream()
                .map(e -> e.at("/pointer").asString())
                .toList();
    }

    @Test
    void createsAProductWithVariantsContractPricesAndTooling() {
        var sku = sku("BIKE");
        var created = api.post(
                        "/products",
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                "E-bike",
                                "price",
                                Map.of("amount", "1999.00", "currency", "EUR"),
                                "leadTimeDays",
                                21,
                                "toolingCost",
                                Map.of("amount", "350", "currency", "EUR"),
                                "weightGrams",
                                24000,
                                "contractPrices",
                                List.of(
                                        Map.of(
                                                "months",
                                                12,
                                                "monthlyPrice",
                                                Map.of("amount", "89.00", "currency", "EUR")),
                                        Map.of(
                                                "months",
                                                24,
                                                "monthlyPrice",
                                                Map.of("amount", "69.00", "currency", "EUR"))),
                                "variants",
                                List.of(Map.of(
                                        "sku",
                                        sku + "-L",
                                        "name",
                                        "Large",
                                        "price",
                                        Map.of("amount", "2099.00", "currency", "EUR")))))
                .expect(201);

        var id = created.at("/id");
        assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        var read = api.get("/products/" + id).expect(200).json();
        assertThat(read.at("/purchasable").asBoolean()).isTrue();
        assertThat(read.at("/price/amount").asString()).isEqualTo("1999.00");
        assertThat(read.at("/price/currency").asString()).isEqualTo("EUR");
        assertThat(read.at("/toolingCost/amount").asString()).isEqualTo("350.00");
        assertThat(read.at("/contractPrices/1/months").asInt()).isEqualTo(24);
        assertThat(read.at("/variants/0/sku").asString()).isEqualTo(sku + "-L");
        assertThat(read.at("/variants/0/id").asString()).isNotBlank();
    }

    @Test
    void rejectsASkuThatIsAlreadyTakenIgnoringCase() {
        var sku = sku("DUP");
        api.post("/products", product(sku)).expect(201);
        var again = api.post("/products", product(sku.toLowerCase())).expect(409);
        assertThat(again.at("/type")).isEqualTo("https://ordino.dev/problems/conflict");
        assertThat(again.at("/errors/0/pointer")).isEqualTo("/sku");
    }

    @Test
    void rejectsUnsupportedContractLengthsAndMixedCurrencies() {
        var response = api.post(
                        "/products",
                        Map.of(
                                "sku", sku("RENT"),
                                "name", "Laptop",
                                "price", Map.of("amount", "900.00", "currency", "USD"),
                                "toolingCost", Map.of("amount", "10.00", "currency", "EUR"),
                                "contractPrices",
                                        List.of(Map.of(
                                                "months",
                                                7,
                                                "monthlyPrice",
                                                Map.of("amount", "50.00", "currency", "USD")))))
                .expect(422);
        var pointers = response.json()
                .at("/errors")
                .valueStream()
                .map(e -> e.at("/pointer").asString())
                .toList();
        assertThat(pointers).containsExactlyInAnyOrder("/toolingCost", "/contractPrices/0/months");
    }

    @Test
    void searchesBySkuOrNamePartiallyIgnoringCaseAndPagesWithACursor() {
        var marker = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            api.post(
                            "/products",
                            Map.of(
                                    "sku",
                                    "S" + marker + "-" + i,
                                    "name",
                                    "Gear " + i,
                                    "purchasable",
                                    i % 2 == 0,
                                    "price",
                                    Map.of("amount", "1.00", "currency", "USD")))
                    .expect(201);
        }
        var first = api.get("/products?q=s" + marker.toLowerCase() + "&limit=2&sort=sku")
                .expect(200)
                .json();
        assertThat(first.at("/items").size()).isEqualTo(2);
        assertThat(first.at("/items/0/sku").asString()).isEqualTo("S" + marker + "-0");
        var next = first.at("/nextCursor").asString();
        var second = api.get("/products?q=" + marker + "&limit=2&sort=sku&cursor=" + next)
                .expect(200)
                .json();
        assertThat(second.at("/items/0/sku").asString()).isEqualTo("S" + marker + "-2");
        var last = api.get("/products?q=" + marker + "&limit=2&sort=sku&cursor="
                        + second.at("/nextCursor").asString())
                .expect(200)
                .json();
        assertThat(last.at("/items").size()).isEqualTo(1);
        assertThat(last.at("/nextCursor").isNull()).isTrue();

        var purchasable = api.get("/products?q=" + marker + "&purchasable=false")
                .expect(200)
                .json();
        assertThat(purchasable.at("/items").size()).isEqualTo(2);
    }

    @Test
    void patchesOnlyTheFieldsSentAndHonoursIfMatch() {
        var id = api.post("/products", product(sku("PATCH"))).expect(201).at("/id");
        var patched = api.patch("/products/" + id, Map.of("purchasable", false, "leadTimeDays", 10))
                .expect(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.json().at("/purchasable").asBoolean()).isFalse();
        assertThat(patched.json().at("/name").asString()).startsWith("Widget");

        var stale = api.send("PATCH", "/products/" + id, Map.of("name", "Other"), Map.of("If-Match", "\"1\""))
                .expect(412);
        assertThat(stale.at("/type")).isEqualTo("https://ordino.dev/problems/stale-version");
        assertThat(api.get("/products/" + id).json().at("/name").asString()).startsWith("Widget");
    }

    @Test
    void deletesAProduct() {
        var id = api.post("/products", product(sku("DEL"))).expect(201).at("/id");
        api.delete("/products/" + id).expect(204);
        api.get("/products/" + id).expect(404);
    }

    @Test
    void aProductSellsOnlyFromStockUnlessItAllowsBackorders() {
        var json = api.post("/products", product(sku("STOCK"))).expect(201).json();
        assertThat(json.at("/allowBackorder").asBoolean()).isFalse();
        assertThat(json.at("/expectedDate").isNull()).isTrue();
    }

    @Test
    void keepsAPreOrdersExpectedDate() {
        var body = with(with(product(sku("PRE")), "allowBackorder", true), "expectedDate", "2027-03-15");
        var id = api.post("/products", body).expect(201).at("/id");

        var read = api.get("/products/" + id).expect(200).json();
        assertThat(read.at("/allowBackorder").asBoolean()).isTrue();
        assertThat(read.at("/expectedDate").asString()).isEqualTo("2027-03-15");
        var listed =
                api.get("/products?q=" + read.at("/sku").asString()).expect(200).json();
        assertThat(listed.at("/items/0/expectedDate").asString()).isEqualTo("2027-03-15");
    }

    @Test
    void refusesAnExpectedDateOnAProductThatDoesNotAllowBackorders() {
        var response = api.post("/products", with(product(sku("DATE")), "expectedDate", "2027-03-15"))
                .expect(422);
        assertThat(pointers(response)).containsExactly("/expectedDate");
        assertThat(response.json().at("/errors/0/code").asString()).isEqualTo("requiresBackorder");
        var explicit = with(with(product(sku("DATE")), "allowBackorder", false), "expectedDate", "2027-03-15");
        assertThat(pointers(api.post("/products", explicit).expect(422))).containsExactly("/expectedDate");

        var id = api.post("/products", product(sku("DATE"))).expect(201).at("/id");
        assertThat(pointers(api.patch("/products/" + id, Map.of("expectedDate", "2027-03-15"))
                        .expect(422)))
                .containsExactly("/expectedDate");
        assertThat(api.get("/products/" + id).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void patchesBackordersAndTheExpectedDateLikeTheOtherFields() {
        var id = api.post("/products", product(sku("BACK"))).expect(201).at("/id");

        var on = api.patch("/products/" + id, Map.of("allowBackorder", true, "expectedDate", "2027-01-10"))
                .expect(200)
                .json();
        assertThat(on.at("/allowBackorder").asBoolean()).isTrue();
        assertThat(on.at("/expectedDate").asString()).isEqualTo("2027-01-10");

        var renamed = api.patch("/products/" + id, Map.of("name", "Renamed"))
                .expect(200)
                .json();
        assertThat(renamed.at("/allowBackorder").asBoolean()).isTrue();
        assertThat(renamed.at("/expectedDate").asString()).isEqualTo("2027-01-10");

        var nullBody = new HashMap<String, Object>();
        nullBody.put("expectedDate", null);
        var cleared = api.patch("/products/" + id, nullBody).expect(200).json();
        assertThat(cleared.at("/allowBackorder").asBoolean()).isTrue();
        assertThat(cleared.at("/expectedDate").isNull()).isTrue();

        var nullFlag = new HashMap<String, Object>();
        nullFlag.put("allowBackorder", null);
        assertThat(pointers(api.patch("/products/" + id, nullFlag).expect(422))).containsExactly("/allowBackorder");

        api.patch("/products/" + id, Map.of("expectedDate", "2027-02-01")).expect(200);
        var off = api.patch("/products/" + id, Map.of("allowBackorder", false))
                .expect(200)
                .json();
        assertThat(off.at("/allowBackorder").asBoolean()).isFalse();
        assertThat(off.at("/expectedDate").isNull())
                .as("turning backorders off drops the expected date")
                .isTrue();
        assertThat(api.get("/products/" + id).json()).isEqualTo(off);
    }

    @Test
    void staffSetBackordersAndTheExpectedDateOnTheItemPage() {
        var id = api.post("/products", product(sku("PAGE"))).expect(201).at("/id");
        var admin = FormClient.signedIn(api, port(), "ADMIN", null);
        var page = admin.get("/products/" + id);
        assertThat(page.body())
                .contains("Allow backorders / pre-orders", "Expected date", "id=\"item-allow-backorder\"");

        var refused =
                admin.post("/products/" + id + "/availability", Map.of("expectedDate", "2027-04-01", "version", "1"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("only for a product that allows backorders");
        assertThat(api.get("/products/" + id).header("ETag")).isEqualTo("\"1\"");

        var saved = admin.post(
                "/products/" + id + "/availability",
                Map.of("allowBackorder", "true", "expectedDate", "2027-04-01", "version", "1"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.follow(saved).body()).contains("Allowed, stock expected 2027-04-01");
        var json = api.get("/products/" + id).json();
        assertThat(json.at("/allowBackorder").asBoolean()).isTrue();
        assertThat(json.at("/expectedDate").asString()).isEqualTo("2027-04-01");

        var viewer = FormClient.signedIn(api, port(), "VIEWER", null);
        assertThat(viewer.get("/products/" + id).body()).doesNotContain("item-allow-backorder");
    }

    @Test
    void theOpenApiDocumentDescribesBackordersAndTheExpectedDate() {
        var doc = api.get("/v3/api-docs").expect(200).json();
        for (var schema : List.of("Product", "NewProduct", "ProductChanges")) {
            var properties = doc.at("/components/schemas/" + schema + "/properties");
            assertThat(properties.at("/allowBackorder/type").asString())
                    .as(schema)
                    .isEqualTo("boolean");
            assertThat(properties.at("/expectedDate/format").asString())
                    .as(schema)
                    .isEqualTo("date");
        }
        assertThat(doc.at("/components/schemas/NewProduct/properties/expectedDate/description")
                        .asString())
                .contains("only with allowBackorder");
    }
}

package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Draft orders over HTTP: creation, lines, delivery splits, addresses, notes, search and deletion. */
class OrdersIntegrationTests extends IntegrationTest {

    private String marker;
    private String bracketId;
    private String bracketSku;
    private String rentalId;
    private String customerId;
    private String plantTwoId;
    private String warehouseId;

    @BeforeEach
    void catalogAndCustomer() {
        var fx = new OrderFixtures(api);
        marker = fx.marker();
        var bracket = fx.aProduct("BRK")
                .named("Steel bracket " + marker)
                .priced("12.50")
                .leadTimeDays(14)
                .with("toolingCost", usd("400.00"))
                .create();
        bracketId = bracket.id();
        bracketSku = bracket.sku();
        rentalId = fx.aProduct("LAP")
                .named("Laptop " + marker)
                .priced("1200.00")
                .with(
                        "contractPrices",
                        List.of(
                                Map.of("months", 12, "monthlyPrice", usd("60.00")),
                                Map.of("months", 24, "monthlyPrice", usd("45.00"))))
                .create()
                .id();
        var customer = fx.aBusinessCustomer("buyer")
                .email("buyer-" + marker + "@acme.example")
                .named("Dana", "Buyer" + marker)
                .company("Acme " + marker)
                .paymentTerms("NET_30")
                .withAddress(address("Plant 2", "1 Industrial Way", "Dayton"))
                .withAddress(address("Warehouse", "9 Dock Road", "Toledo"))
                .create();
        customerId = customer.id();
        plantTwoId = customer.addressId(0);
        warehouseId = customer.addressId(1);
    }

    static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    static Map<String, Object> address(String label, String line1, String city) {
        return Map.of("label", label, "line1", line1, "city", city, "postalCode", "45402", "country", "US");
    }

    private String draft() {
        return api.post("/orders", Map.of("customerId", customerId)).expect(201).at("/id");
    }

    private JsonNode order(String id) {
        return api.get("/orders/" + id).expect(200).json();
    }

    @Test
    void createsADraftWithAGeneratedNumberAndTodayAsOrderDate() {
        var created = api.post("/orders", Map.of()).expect(201);
        var body = created.json();
        assertThat(created.header("Location"))
                .endsWith("/api/v1/orders/" + body.at("/id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(body.at("/paymentStatus").asString()).isEqualTo("UNPAID");
        assertThat(body.at("/number").asString()).matches("SO-1\\d{5,}");
        assertThat(body.at("/orderDate").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(body.at("/currency").asString()).isEqualTo("USD");
        assertThat(body.at("/totals/total/amount").asString()).isEqualTo("0.00");
    }

    @Test
    void takesAGivenNumberAndRefusesOneThatExists() {
        var number = "PO-" + marker;
        api.post("/orders", Map.of("number", number)).expect(201);
        var duplicate =
                api.post("/orders", Map.of("number", number.toLowerCase())).expect(409);
        assertThat(duplicate.at("/errors/0/pointer")).isEqualTo("/number");
    }

    @Test
    void createsAWholeOrderWithLinesAndSplitsInOneRequest() {
        var created = api.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customerId,
                                "referenceId",
                                "PO-" + marker,
                                "orderDate",
                                LocalDate.now(ZoneOffset.UTC).toString(),
                                "lines",
                                List.of(Map.of(
                                        "productId",
                                        bracketId,
                                        "quantity",
                                        100,
                                        "delivery",
                                        Map.of(
                                                "mode",
                                                "CUSTOM",
                                                "splits",
                                                List.of(
                                                        Map.of(
                                                                "locationId",
                                                                plantTwoId,
                                                                "quantity",
                                                                60,
                                                                "date",
                                                                LocalDate.now(ZoneOffset.UTC)
                                                                        .plusDays(13)
                                                                        .toString()),
                                                        Map.of(
                                                                "locationId",
                                                                warehouseId,
                                                                "quantity",
                                                                40,
                                                                "date",
                                                                LocalDate.now(ZoneOffset.UTC)
                                                                        .plusDays(39)
                                                                        .toString())))))))
                .expect(201)
                .json();

        var line = created.at("/lines/0");
        assertThat(line.at("/sku").asString()).isEqualTo(bracketSku);
        assertThat(line.at("/unitPrice/amount").asString()).isEqualTo("12.50");
        assertThat(line.at("/total/amount").asString()).isEqualTo("1250.00");
        assertThat(line.at("/deliveryMode").asString()).isEqualTo("CUSTOM");
        assertThat(line.at("/complete").asBoolean()).isTrue();
        assertThat(line.at("/splits/0/address/label").asString()).isEqualTo("Plant 2");
        assertThat(line.at("/splits/0/locationId").asString()).isEqualTo(plantTwoId);
        assertThat(line.at("/splits/1/date").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(39).toString());
        assertThat(created.at("/customer/name").asString()).isEqualTo("Acme " + marker);
        assertThat(created.at("/customer/type").asString()).isEqualTo("BUSINESS");
        assertThat(created.at("/totals/subtotal/amount").asString()).isEqualTo("1250.00");
    }

    @Test
    void aLineIsCompleteOnlyWhenItsSplitsCoverItsQuantity() {
        var id = draft();
        var lineId = api.post("/orders/" + id + "/lines", Map.of("productId", bracketId, "quantity", 10))
                .expect(201)
                .at("/id");

        var partial = api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of("mode", "STANDARD", "splits", List.of(Map.of("locationId", plantTwoId, "quantity", 4))))
                .expect(200)
                .json();
        assertThat(partial.at("/complete").asBoolean()).isFalse();
        assertThat(partial.at("/missing/0").asString()).isEqualTo("splits");

        var full = api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of(
                                "mode",
                                "STANDARD",
                                "splits",
                                List.of(
                                        Map.of("locationId", plantTwoId, "quantity", 4),
                                        Map.of("locationId", warehouseId, "quantity", 6))))
                .expect(200)
                .json();
        assertThat(full.at("/complete").asBoolean()).isTrue();
        assertThat(full.at("/missing").size()).isZero();

        // Lowering the quantity below what is allocated makes the line incomplete again.
        var lowered = api.patch("/orders/" + id + "/lines/" + lineId, Map.of("quantity", 8))
                .expect(200)
                .json();
        assertThat(lowered.at("/complete").asBoolean()).isFalse();
    }

    @Test
    void rejectsSplitsThatAddUpToMoreThanTheLine() {
        var id = draft();
        var lineId = api.post("/orders/" + id + "/lines", Map.of("productId", bracketId, "quantity", 5))
                .expect(201)
                .at("/id");
        var response = api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of("mode", "STANDARD", "splits", List.of(Map.of("locationId", plantTwoId, "quantity", 6))))
                .expect(422);
        assertThat(response.at("/errors/0/pointer")).isEqualTo("/splits");
        assertThat(order(id).at("/lines/0/splits").size()).isZero();
    }

    @Test
    void standardScheduleDatesFollowTheProductsLeadTime() {
        var orderDate = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        var id = api.post("/orders", Map.of("customerId", customerId, "orderDate", orderDate.toString()))
                .expect(201)
                .at("/id");
        var lineId = api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "productId",
                                bracketId,
                                "quantity",
                                2,
                                "delivery",
                                Map.of(
                                        "mode",
                                        "STANDARD",
                                        "splits",
                                        List.of(Map.of("locationId", plantTwoId, "quantity", 2)))))
                .expect(201)
                .at("/id");
        assertThat(order(id).at("/lines/0/splits/0/date").asString())
                .isEqualTo(orderDate.plusDays(14).toString());

        api.patch("/orders/" + id, Map.of("orderDate", orderDate.plusDays(9).toString()))
                .expect(200);
        var line = api.get("/orders/" + id + "/lines/" + lineId).expect(200).json();
        assertThat(line.at("/splits/0/date").asString())
                .isEqualTo(orderDate.plusDays(23).toString());
    }

    @Test
    void aBackDatedOrderGetsStandardDatesFromTodayAndNoDeliveryInThePast() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var id = api.post("/orders", Map.of("customerId", customerId, "orderDate", "2020-01-01"))
                .expect(201)
                .at("/id");
        var lineId = api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "productId",
                                bracketId,
                                "quantity",
                                2,
                                "delivery",
                                Map.of(
                                        "mode",
                                        "STANDARD",
                                        "splits",
                                        List.of(Map.of("locationId", plantTwoId, "quantity", 2)))))
                .expect(201)
                .at("/id");
        assertThat(order(id).at("/lines/0/splits/0/date").asString())
                .as("the lead time counts from today, not from the back-dated order date")
                .isEqualTo(today.plusDays(14).toString());

        var past = api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of(
                                "mode",
                                "CUSTOM",
                                "splits",
                                List.of(Map.of("locationId", plantTwoId, "quantity", 2, "date", "2020-02-01"))))
                .expect(422);
        assertThat(past.at("/errors/0/pointer")).isEqualTo("/splits/0/date");
        assertThat(past.at("/errors/0/code")).isEqualTo("notPast");
        assertThat(order(id).at("/lines/0/splits/0/date").asString())
                .isEqualTo(today.plusDays(14).toString());

        api.put(
                        "/orders/" + id + "/lines/" + lineId + "/splits",
                        Map.of(
                                "mode",
                                "CUSTOM",
                                "splits",
                                List.of(Map.of("locationId", plantTwoId, "quantity", 2, "date", today.toString()))))
                .expect(200);
    }

    @Test
    void aLineWithoutSplitsIsCompleteOnceTheOrderHasAShippingAddress() {
        var id = draft();
        var line = api.post("/orders/" + id + "/lines", Map.of("sku", bracketSku, "quantity", 3))
                .expect(201)
                .json();
        assertThat(line.at("/complete").asBoolean()).isFalse();

        api.patch("/orders/" + id, Map.of("shippingAddress", Map.of("addressId", warehouseId)))
                .expect(200);
        var order = order(id);
        assertThat(order.at("/lines/0/complete").asBoolean()).isTrue();
        assertThat(order.at("/shippingAddress/city").asString()).isEqualTo("Toledo");
    }

    @Test
    void rejectsAProductThatIsNotPurchasable() {
        api.patch("/products/" + bracketId, Map.of("purchasable", false)).expect(200);
        var id = draft();
        var response = api.post("/orders/" + id + "/lines", Map.of("productId", bracketId, "quantity", 1))
                .expect(422);
        assertThat(response.at("/errors/0/pointer")).isEqualTo("/productId");
        assertThat(response.at("/errors/0/code")).isEqualTo("purchasable");
        assertThat(order(id).at("/lines").size()).isZero();
    }

    @Test
    void rejectsTheSameProductTwiceButAllowsAnotherContractLength() {
        var id = draft();
        api.post("/orders/" + id + "/lines", Map.of("productId", rentalId, "quantity", 1, "contractMonths", 12))
                .expect(201);
        var twice = api.post(
                        "/orders/" + id + "/lines", Map.of("productId", rentalId, "quantity", 2, "contractMonths", 12))
                .expect(409);
        assertThat(twice.at("/type")).isEqualTo("https://ordino.dev/problems/conflict");
        api.post("/orders/" + id + "/lines", Map.of("productId", rentalId, "quantity", 2, "contractMonths", 24))
                .expect(201);
        assertThat(order(id).at("/lines").size()).isEqualTo(2);
    }

    @Test
    void aRentalLineSellsAtTheMonthlyPriceAndAddsUpItsContractValue() {
        var id = draft();
        var line = api.post(
                        "/orders/" + id + "/lines", Map.of("productId", rentalId, "quantity", 3, "contractMonths", 24))
                .expect(201)
                .json();
        assertThat(line.at("/unitPrice/amount").asString()).isEqualTo("45.00");
        assertThat(line.at("/contractMonths").asInt()).isEqualTo(24);
        var totals = order(id).at("/totals");
        assertThat(totals.at("/monthlyTotal/amount").asString()).isEqualTo("135.00");
        assertThat(totals.at("/contractValue/amount").asString()).isEqualTo("3240.00");
        assertThat(totals.at("/subtotal/amount").asString()).isEqualTo("0.00");

        var refused = api.post(
                        "/orders/" + id + "/lines", Map.of("productId", rentalId, "quantity", 1, "contractMonths", 6))
                .expect(422);
        assertThat(refused.at("/errors/0/code")).isEqualTo("noContractPrice");
    }

    @Test
    void aPlacedPriceOverridesTheCatalogPriceUntilCleared() {
        var id = draft();
        var lineId = api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "productId",
                                bracketId,
                                "quantity",
                                10,
                                "placedPrice",
                                usd("11.00"),
                                "placedPriceReason",
                                "Agreed on the phone"))
                .expect(201)
                .at("/id");
        assertThat(order(id).at("/totals/subtotal/amount").asString()).isEqualTo("110.00");
        var cleared = new HashMap<String, Object>();
        cleared.put("placedPrice", null);
        var line = api.patch("/orders/" + id + "/lines/" + lineId, cleared)
                .expect(200)
                .json();
        assertThat(line.at("/placedPrice").isNull()).isTrue();
        assertThat(line.at("/total/amount").asString()).isEqualTo("125.00");
    }

    @Test
    void customItemsCarryTheirOwnTitleAndPrice() {
        var id = draft();
        var line = api.post(
                        "/orders/" + id + "/lines",
                        Map.of(
                                "quantity",
                                1,
                                "custom",
                                Map.of("title", "Rush handling", "price", usd("75.00"), "taxable", false)))
                .expect(201)
                .json();
        assertThat(line.at("/custom").asBoolean()).isTrue();
        assertThat(line.at("/sku").isNull()).isTrue();
        assertThat(order(id).at("/totals/total/amount").asString()).isEqualTo("75.00");
    }

    @Test
    void anAddressTypedForAnOrderLeavesTheAddressBookAloneUnlessAsked() {
        var id = draft();
        api.patch("/orders/" + id, Map.of("billingAddress", address("HQ", "5 Main St", "Columbus")))
                .expect(200);
        assertThat(api.get("/customers/" + customerId).json().at("/addresses").size())
                .isEqualTo(2);

        var saved = new HashMap<String, Object>(address("Site 3", "7 River Rd", "Akron"));
        saved.put("saveToAddressBook", true);
        api.patch("/orders/" + id, Map.of("shippingAddress", saved)).expect(200);
        var book = api.get("/customers/" + customerId).json().at("/addresses");
        assertThat(book.size()).isEqualTo(3);
        assertThat(book.at("/2/label").asString()).isEqualTo("Site 3");
        assertThat(order(id).at("/billingAddress/city").asString()).isEqualTo("Columbus");
    }

    @Test
    void editingTheCustomersAddressBookDoesNotChangeAnOrdersCopy() {
        var id = api.post(
                        "/orders", Map.of("customerId", customerId, "shippingAddress", Map.of("addressId", plantTwoId)))
                .expect(201)
                .at("/id");
        api.patch("/customers/" + customerId + "/addresses/" + plantTwoId, Map.of("city", "Springfield"))
                .expect(200);
        assertThat(order(id).at("/shippingAddress/city").asString()).isEqualTo("Dayton");
    }

    @Test
    void aDraftShowsTheCustomerAsItIsNow() {
        var id = draft();
        api.patch("/customers/" + customerId, Map.of("companyName", "Acme Renamed " + marker))
                .expect(200);
        var order = order(id);
        assertThat(order.at("/customer/name").asString()).isEqualTo("Acme Renamed " + marker);
        assertThat(order.at("/version").asLong()).isEqualTo(2);
        assertThat(api.get("/orders?q=renamed%20" + marker).json().at("/items").size())
                .isEqualTo(1);
    }

    @Test
    void keepsDetailsOnlyWhenWellFormed() {
        var id = api.post("/orders", Map.of("details", Map.of("format", "xml", "content", "<po><line n=\"1\"/></po>")))
                .expect(201)
                .at("/id");
        assertThat(order(id).at("/details/format").asString()).isEqualTo("xml");

        var bad = api.patch("/orders/" + id, Map.of("details", Map.of("format", "json", "content", "{\"a\": ")))
                .expect(422);
        assertThat(bad.at("/errors/0/pointer")).isEqualTo("/details/content");
        assertThat(order(id).at("/details/content").asString()).isEqualTo("<po><line n=\"1\"/></po>");
    }

    @Test
    void notesRecordTheirAuthorAndTimeOldestFirst() {
        var id = draft();
        var first = api.post("/orders/" + id + "/notes", Map.of("text", "Deliver to dock 4"))
                .expect(201)
                .json();
        assertThat(first.at("/author").asString()).isEqualTo(ADMIN_TOKEN_NAME);
        assertThat(first.at("/createdAt").asString()).isNotBlank();
        api.post("/orders/" + id + "/notes", Map.of("text", "Call before delivery"))
                .expect(201);
        var notes = api.get("/orders/" + id + "/notes").expect(200).json();
        assertThat(notes.at("/items/0/text").asString()).isEqualTo("Deliver to dock 4");
        assertThat(notes.at("/items/1/text").asString()).isEqualTo("Call before delivery");
        assertThat(notes.at("/nextCursor").isNull()).isTrue();
    }

    @Test
    void searchesByNumberReferenceCustomerAndProduct() {
        var id = api.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customerId,
                                "referenceId",
                                "REF-" + marker,
                                "lines",
                                List.of(Map.of("productId", bracketId, "quantity", 1))))
                .expect(201)
                .json();
        var number = id.at("/number").asString();
        for (var q : List.of(
                number,
                "ref-" + marker,
                "acme " + marker,
                "buyer-" + marker + "@ACME",
                "bracket " + marker,
                bracketSku.toLowerCase(),
                "dana buyer" + marker)) {
            var found = api.get("/orders?q=" + q.replace(" ", "%20").replace("@", "%40"))
                    .expect(200)
                    .json();
            assertThat(found.at("/items").size()).as("q=%s", q).isEqualTo(1);
            assertThat(found.at("/items/0/number").asString()).isEqualTo(number);
        }
        assertThat(api.get("/orders?q=nothing-" + marker).json().at("/items").size())
                .isZero();
    }

    @Test
    void filtersByStatusCustomerTypeAndCreationDateAndPagesWithACursor() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.post("/orders", Map.of("customerId", customerId, "referenceId", "PAGE-" + marker))
                    .expect(201)
                    .at("/id"));
        }
        var today = LocalDate.now(ZoneOffset.UTC);
        var base = "/orders?q=page-" + marker + "&status=DRAFT&customerType=BUSINESS&createdFrom=" + today
                + "&createdTo=" + today + "&limit=2";
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var page = api.get(base + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            page.at("/items").forEach(item -> seen.add(item.at("/id").asString()));
            cursor = page.at("/nextCursor").isNull()
                    ? null
                    : page.at("/nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen.get(0)).isEqualTo(ids.get(4)); // newest first

        assertThat(api.get("/orders?q=page-" + marker + "&customerType=INDIVIDUAL")
                        .json()
                        .at("/items")
                        .size())
                .isZero();
        assertThat(api.get("/orders?q=page-" + marker + "&status=CONFIRMED")
                        .json()
                        .at("/items")
                        .size())
                .isZero();
        assertThat(api.get("/orders?q=page-" + marker + "&createdTo=" + today.minusDays(1))
                        .json()
                        .at("/items")
                        .size())
                .isZero();
    }

    @Test
    void writesWithAStaleIfMatchAreRefusedAndChangeNothing() {
        var id = draft();
        var patched = api.send("PATCH", "/orders/" + id, Map.of("referenceId", "A"), Map.of("If-Match", "\"1\""))
                .expect(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        var stale = api.send("PATCH", "/orders/" + id, Map.of("referenceId", "B"), Map.of("If-Match", "\"1\""))
                .expect(412);
        assertThat(stale.at("/type")).isEqualTo("https://ordino.dev/problems/stale-version");
        var order = order(id);
        assertThat(order.at("/referenceId").asString()).isEqualTo("A");
        assertThat(order.at("/version").asLong()).isEqualTo(2);
    }

    @Test
    void deletesDraftsOneByOneOrInBulkAllOrNothing() {
        var first = draft();
        var second = draft();
        var third = draft();
        api.delete("/orders/" + first).expect(204);
        api.get("/orders/" + first).expect(404);

        var refused = api.post(
                        "/orders/bulk-delete",
                        Map.of("ids", List.of(second, UUID.randomUUID().toString())))
                .expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/ids/1");
        api.get("/orders/" + second).expect(200);

        api.post("/orders/bulk-delete", Map.of("ids", List.of(second, third))).expect(204);
        api.get("/orders/" + second).expect(404);
        api.get("/orders/" + third).expect(404);
    }

    @Test
    void removesALineAndRecomputesTheTotals() {
        var id = draft();
        var lineId = api.post("/orders/" + id + "/lines", Map.of("productId", bracketId, "quantity", 2))
                .expect(201)
                .at("/id");
        api.post(
                        "/orders/" + id + "/lines",
                        Map.of("quantity", 1, "custom", Map.of("title", "Crate", "price", usd("5.00"))))
                .expect(201);
        api.delete("/orders/" + id + "/lines/" + lineId).expect(204);
        var order = order(id);
        assertThat(order.at("/lines").size()).isEqualTo(1);
        assertThat(order.at("/totals/total/amount").asString()).isEqualTo("5.00");
        api.delete("/orders/" + id + "/lines/" + lineId).expect(404);
    }

    @Test
    void aVariantIsChosenByItsSku() {
        var sku = "TEE-" + marker;
        api.post(
                        "/products",
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                "T-shirt",
                                "price",
                                usd("20.00"),
                                "variants",
                                List.of(
                                        Map.of("sku", sku + "-S", "name", "Small"),
                                        Map.of("sku", sku + "-XL", "name", "XL", "price", usd("24.00")))))
                .expect(201);
        var id = draft();
        var line = api.post("/orders/" + id + "/lines", Map.of("sku", sku + "-XL", "quantity", 2))
                .expect(201)
                .json();
        assertThat(line.at("/title").asString()).isEqualTo("T-shirt – XL");
        assertThat(line.at("/unitPrice/amount").asString()).isEqualTo("24.00");
        assertThat(line.at("/variantId").asString()).isNotBlank();

        var noVariant = api.post("/orders/" + id + "/lines", Map.of("sku", sku, "quantity", 1))
                .expect(422);
        assertThat(noVariant.at("/errors/0/pointer")).isEqualTo("/variantId");
    }

    @Test
    void filtersByOneStatusOrACommaSeparatedListInAnyCaseAndNamesTheStatusesAllowed() {
        var id = api.post("/orders", Map.of("customerId", customerId, "referenceId", "STATUS-" + marker))
                .expect(201)
                .at("/id");
        var base = "/orders?q=status-" + marker;
        for (var status : List.of("draft", "DRAFT", "Draft", "pending,draft", "PENDING, draft")) {
            var page = api.get(base + "&status=" + status.replace(" ", "%20"))
                    .expect(200)
                    .json();
            assertThat(page.at("/items").size()).as(status).isEqualTo(1);
            assertThat(page.at("/items/0/id").asString()).as(status).isEqualTo(id);
        }
        assertThat(api.get(base + "&status=pending")
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();
        assertThat(api.get(base + "&status=pending&status=draft")
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isEqualTo(1);

        var unknown = api.get(base + "&status=draft,pendng").expect(422);
        assertThat(unknown.at("/errors/0/pointer")).isEqualTo("?status");
        assertThat(unknown.at("/detail"))
                .contains("'pendng'")
                .contains("DRAFT", "PENDING", "ON_HOLD", "CANCELLED")
                .doesNotContain("must be a list");
    }

    @Test
    void filtersByCustomerTypeInAnyCaseAndNamesTheTypesAllowed() {
        var id = api.post("/orders", Map.of("customerId", customerId, "referenceId", "TYPE-" + marker))
                .expect(201)
                .at("/id");
        var base = "/orders?q=type-" + marker;
        for (var type : List.of("business", "BUSINESS", "Business")) {
            var page = api.get(base + "&customerType=" + type).expect(200).json();
            assertThat(page.at("/items").size()).as(type).isEqualTo(1);
            assertThat(page.at("/items/0/id").asString()).as(type).isEqualTo(id);
        }
        assertThat(api.get(base + "&customerType=individual")
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();

        var unknown = api.get(base + "&customerType=alien").expect(422);
        assertThat(unknown.at("/errors/0/pointer")).isEqualTo("?customerType");
        assertThat(unknown.at("/detail")).contains("'alien'").contains("INDIVIDUAL", "BUSINESS");
    }

    @Test
    void aRefusedStepNamesEachProblemOnceInItsDetail() {
        var id = api.post("/orders", Map.of()).expect(201).at("/id");
        var refused = api.post("/orders/" + id + "/send-invoice", Map.of()).expect(422);
        var errors = refused.json().at("/errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).at("/pointer").asString()).isEqualTo("/lines");
        assertThat(errors.get(1).at("/pointer").asString()).isEqualTo("/to");
        var detail = refused.at("/detail");
        for (var problem : errors) {
            var message = problem.at("/message").asString();
            assertThat(detail.split(java.util.regex.Pattern.quote(message), -1))
                    .as("'%s' once in '%s'", message, detail)
                    .hasSize(2);
        }
        assertThat(detail).startsWith("The order cannot be invoiced: ").doesNotContain("more)");
    }
}

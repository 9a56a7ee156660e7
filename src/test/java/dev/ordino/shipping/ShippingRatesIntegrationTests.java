package dev.ordino.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.Money;
import dev.ordino.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which stored methods can send a shipment and in what order they are offered, and what a refused or unknown
 * request to the shipping methods leaves behind.
 */
class ShippingRatesIntegrationTests extends IntegrationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private ShippingManagement shipping;

    private static RateBracket bracket(long from, Long upTo, String price, Currency currency) {
        return new RateBracket(
                BigDecimal.valueOf(from),
                upTo == null ? null : BigDecimal.valueOf(upTo),
                Money.of(price, currency.getCurrencyCode()));
    }

    /** A WEIGHT method to Iceland, flat price up to 10 kg. */
    private ShippingMethod method(String code, String name, String price) {
        return method(code, name, true, List.of("IS"), USD, price);
    }

    private ShippingMethod method(
            String code, String name, boolean active, List<String> countries, Currency currency, String price) {
        return shipping.create(new NewShippingMethod(
                code + "-" + marker,
                name + " " + marker,
                "Carrier",
                active,
                countries,
                RateBasis.WEIGHT,
                currency,
                List.of(bracket(0, 10_000L, price, currency))));
    }

    private static Shipment toIceland(int grams) {
        return new Shipment("IS", USD, grams, null, Money.of("50.00", "USD"));
    }

    /** The rates of this test's methods only: other tests share the database. */
    private List<String> ours(List<ShippingRate> rates) {
        var codes = new ArrayList<String>();
        for (var rate : rates) {
            if (rate.code().endsWith("-" + marker)) {
                codes.add(rate.code().substring(0, rate.code().length() - marker.length() - 1));
            }
        }
        return codes;
    }

    @Test
    void ratesAreListedCheapestFirstThenByName() {
        // Codes sort the other way from names, so a tie is not settled by the table's own order.
        method("a", "Bravo", "12.00");
        method("z", "Zulu", "5.00");
        method("b", "Alpha", "12.00");

        var rates = shipping.ratesFor(toIceland(2_000));

        assertThat(ours(rates)).containsExactly("z", "b", "a");
        var cheapest = rates.stream()
                .filter(r -> r.code().equals("z-" + marker))
                .findFirst()
                .orElseThrow();
        assertThat(cheapest.price()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(cheapest.name()).isEqualTo("Zulu " + marker);
        assertThat(cheapest.carrier()).isEqualTo("Carrier");
    }

    @Test
    void aMethodThatCannotSendTheShipmentIsNotListed() {
        var sends = method("ok", "Sends", "9.00");
        var inactive = method("off", "Inactive", false, List.of("IS"), USD, "1.00");
        var elsewhere = method("no", "Elsewhere", true, List.of("NO"), USD, "1.00");
        var euros = method("eur", "Euros", true, List.of("IS"), EUR, "1.00");

        assertThat(ours(shipping.ratesFor(toIceland(2_000)))).containsExactly("ok");
        // 10 kg is past every bracket (upTo is exclusive): nothing can send it.
        assertThat(ours(shipping.ratesFor(toIceland(10_000)))).isEmpty();

        assertThat(shipping.rateFor(sends.id(), toIceland(2_000)))
                .map(ShippingRate::price)
                .contains(Money.of("9.00", "USD"));
        assertThat(shipping.rateFor(inactive.id(), toIceland(2_000))).isEmpty();
        assertThat(shipping.rateFor(elsewhere.id(), toIceland(2_000))).isEmpty();
        assertThat(shipping.rateFor(euros.id(), toIceland(2_000))).isEmpty();
        assertThat(shipping.rateFor(UUID.randomUUID(), toIceland(2_000))).isEmpty();
    }

    @Test
    void aMethodShippingEverywhereIsListedForAnyCountry() {
        method("any", "Anywhere", true, List.of(), USD, "4.00");

        var toJapan = new Shipment("JP", USD, 100, null, Money.of("1.00", "USD"));
        assertThat(ours(shipping.ratesFor(toJapan))).containsExactly("any");
    }

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private static Map<String, Object> jsonBracket(long from, Long upTo, String price) {
        var bracket = new LinkedHashMap<String, Object>();
        bracket.put("from", from);
        if (upTo != null) {
            bracket.put("upTo", upTo);
        }
        bracket.put("price", usd(price));
        return bracket;
    }

    @Test
    void aThirdBracketOverlappingTheSecondIsRefusedAtItsFrom() {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", "three-" + marker);
        body.put("name", "Three");
        body.put("basis", "WEIGHT");
        body.put("currency", "USD");
        body.put(
                "rates",
                List.of(jsonBracket(0, 1000L, "5.00"), jsonBracket(1000, 5000L, "8.00"), jsonBracket(4000, null, "9")));

        var refused = api.post("/shipping-methods", body).expect(422);

        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/rates/2/from");
        // Nothing was stored: the code is still free.
        body.put(
                "rates",
                List.of(jsonBracket(0, 1000L, "5.00"), jsonBracket(1000, 5000L, "8.00"), jsonBracket(5000, null, "9")));
        api.post("/shipping-methods", body).expect(201);
    }

    @Test
    void aRefusedChangeLeavesTheMethodAsItWas() {
        var taken = method("taken", "Taken", "3.00");
        var created = api.post(
                        "/shipping-methods",
                        Map.of(
                                "code", "keep-" + marker,
                                "name", "Keep",
                                "basis", "WEIGHT",
                                "currency", "USD",
                                "rates", List.of(jsonBracket(0, 1000L, "5.00"), jsonBracket(1000, null, "9.00"))))
                .expect(201);
        var path = "/shipping-methods/" + created.at("/id");
        var before = api.get(path).expect(200).json();

        var overlap = api.patch(
                        path,
                        Map.of(
                                "name",
                                "Changed",
                                "rates",
                                List.of(jsonBracket(0, 2000L, "5.00"), jsonBracket(1000, null, "9.00"))))
                .expect(422);
        assertThat(overlap.at("/errors/0/pointer")).isEqualTo("/rates/1/from");
        // The brackets stay in dollars: a method cannot move to euros without new prices.
        var currency = api.patch(path, Map.of("currency", "EUR")).expect(422);
        assertThat(currency.at("/errors/0/pointer")).isEqualTo("/rates/0/price/currency");
        // A WEIGHT table is in whole grams.
        api.patch(path, Map.of("rates", List.of(Map.of("from", "0.5", "price", usd("1.00")))))
                .expect(422);
        api.patch(path, Map.of("code", taken.code().toUpperCase())).expect(409);
        api.patch(path, Map.of("name", "")).expect(422);
        api.patch(path, Map.of("countries", List.of("IS", "QQ"))).expect(422);

        var after = api.get(path).expect(200);
        assertThat(after.json()).isEqualTo(before);
        assertThat(after.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void aStaleDeleteIsRefusedAndTheMethodStays() {
        var created = api.post(
                        "/shipping-methods",
                        Map.of(
                                "code", "stale-" + marker,
                                "name", "Stale",
                                "basis", "ORDER_VALUE",
                                "currency", "USD",
                                "rates", List.of(jsonBracket(0, 100L, "7.50"), jsonBracket(100, null, "0.00"))))
                .expect(201);
        var path = "/shipping-methods/" + created.at("/id");
        var etag = created.header("ETag");
        api.patch(path, Map.of("carrier", "DHL")).expect(200);

        api.send("DELETE", path, null, Map.of("If-Match", etag)).expect(412);

        assertThat(api.get(path).expect(200).at("/carrier")).isEqualTo("DHL");
    }

    @Test
    void anUnknownMethodIsNotFound() {
        var path = "/shipping-methods/" + UUID.randomUUID();
        api.get(path).expect(404);
        api.patch(path, Map.of("name", "Nobody")).expect(404);
        api.delete(path).expect(404);
    }

    @Test
    void methodsAreListedByCodeAPageAtATime() {
        method("p1", "One", "1.00");
        method("p2", "Two", "2.00");

        var codes = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/shipping-methods?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            assertThat(page.at("/items").size()).isLessThanOrEqualTo(2);
            for (var item : page.at("/items")) {
                codes.add(item.at("/code").asString());
            }
            var next = page.at("/nextCursor");
            cursor = next.isMissingNode() || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 1000);

        // The order is the database's collation of codes; every method comes exactly once.
        assertThat(codes).doesNotHaveDuplicates().contains("p1-" + marker, "p2-" + marker);
    }
}

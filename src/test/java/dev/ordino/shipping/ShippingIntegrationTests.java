package dev.ordino.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shipping methods through the API: what a rate table may hold, codes, versions. */
class ShippingIntegrationTests extends IntegrationTest {

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private static Map<String, Object> bracket(Object from, Object upTo, String price) {
        var bracket = new LinkedHashMap<String, Object>();
        bracket.put("from", from);
        if (upTo != null) {
            bracket.put("upTo", upTo);
        }
        bracket.put("price", usd(price));
        return bracket;
    }

    private Map<String, Object> method(String code, List<Map<String, Object>> rates) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Method " + code);
        body.put("countries", List.of("US", "ca"));
        body.put("basis", "WEIGHT");
        body.put("currency", "USD");
        body.put("rates", rates);
        return body;
    }

    @Test
    void aMethodIsCreatedWithItsCodeLowerCasedAndCountriesUpperCased() {
        var created = api.post(
                        "/shipping-methods",
                        method("Ground-" + marker, List.of(bracket(0, 1000, "5.00"), bracket(1000, null, "9.00"))))
                .expect(201)
                .json();
        assertThat(created.at("/code").asString()).isEqualTo("ground-" + marker);
        assertThat(created.at("/countries/1").asString()).isEqualTo("CA");
        assertThat(created.at("/active").asBoolean()).isTrue();
        api.post("/shipping-methods", method("GROUND-" + marker, List.of(bracket(0, null, "5.00"))))
                .expect(409);
    }

    @Test
    void bracketsMustGoInOrderWithoutOverlapping() {
        var overlap = api.post(
                        "/shipping-methods",
                        method("ov-" + marker, List.of(bracket(0, 1000, "5.00"), bracket(900, null, "9.00"))))
                .expect(422);
        assertThat(overlap.at("/errors/0/pointer")).isEqualTo("/rates/1/from");
        var open = api.post(
                        "/shipping-methods",
                        method("op-" + marker, List.of(bracket(0, null, "5.00"), bracket(1000, null, "9.00"))))
                .expect(422);
        assertThat(open.at("/errors/0/code")).isEqualTo("overlap");
        var backwards = api.post("/shipping-methods", method("bw-" + marker, List.of(bracket(100, 50, "5.00"))))
                .expect(422);
        assertThat(backwards.at("/errors/0/pointer")).isEqualTo("/rates/0/upTo");
    }

    @Test
    void aWeightBracketIsInWholeGramsAndPricesAreInTheMethodsCurrency() {
        api.post("/shipping-methods", method("g-" + marker, List.of(bracket("0.5", null, "5.00"))))
                .expect(422);
        var body = method("c-" + marker, List.of(bracket(0, null, "5.00")));
        body.put("rates", List.of(Map.of("from", 0, "price", Map.of("amount", "5.00", "currency", "EUR"))));
        var currency = api.post("/shipping-methods", body).expect(422);
        assertThat(currency.at("/errors/0/pointer")).isEqualTo("/rates/0/price/currency");
        api.post("/shipping-methods", method("n-" + marker, List.of(bracket(0, null, "-1.00"))))
                .expect(422);
        api.post("/shipping-methods", method("e-" + marker, List.of())).expect(422);
        var badCountry = method("k-" + marker, List.of(bracket(0, null, "5.00")));
        badCountry.put("countries", List.of("XX"));
        api.post("/shipping-methods", badCountry).expect(422);
    }

    @Test
    void aMethodChangesWithIfMatchAndIsDeleted() {
        var created = api.post("/shipping-methods", method("p-" + marker, List.of(bracket(0, null, "5.00"))))
                .expect(201);
        var id = created.at("/id");
        var etag = created.header("ETag");
        api.send("PATCH", "/shipping-methods/" + id, Map.of("active", false), Map.of("If-Match", etag))
                .expect(200);
        api.send("PATCH", "/shipping-methods/" + id, Map.of("name", "Stale"), Map.of("If-Match", etag))
                .expect(412);
        assertThat(api.get("/shipping-methods/" + id).json().at("/active").asBoolean())
                .isFalse();
        api.delete("/shipping-methods/" + id).expect(204);
        api.get("/shipping-methods/" + id).expect(404);
    }
}

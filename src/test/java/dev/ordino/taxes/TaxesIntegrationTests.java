package dev.ordino.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tax zones through the API: which zone a destination takes, and what a zone may hold. */
class TaxesIntegrationTests extends IntegrationTest {

    /** Regions of their own, so that these zones meet only this test's lookups. */
    private final String region =
            "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static Map<String, Object> rate(String taxClass, String name, Object percentage) {
        return Map.of("taxClass", taxClass, "name", name, "percentage", percentage);
    }

    private String zone(String country, String region, List<Map<String, Object>> rates) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", country + " " + region);
        body.put("country", country);
        if (region != null) {
            body.put("region", region);
        }
        body.put("rates", rates);
        return api.post("/tax-zones", body).expect(201).at("/id");
    }

    @Test
    void aZoneForTheRegionBeatsTheZoneForTheWholeCountryAndRegionsMatchIgnoringCase() {
        // A country of its own for this test: the whole-country zone is unique per country.
        var country = "LU";
        api.get("/tax-zones?country=LU")
                .json()
                .at("/items")
                .forEach(z -> api.send("DELETE", "/tax-zones/" + z.at("/id").asString(), null, Map.of()));
        zone(country, null, List.of(rate("standard", "TVA", "17")));
        zone(country, region, List.of(rate("standard", "TVA", "17"), rate("standard", "Local", "1.5")));

        var regional = api.get("/tax-zones/rates?country=LU&region=" + region.toLowerCase())
                .expect(200)
                .json();
        assertThat(regional.at("/rates").size()).isEqualTo(2);
        var national = api.get("/tax-zones/rates?country=LU&region=Elsewhere")
                .expect(200)
                .json();
        assertThat(national.at("/rates").size()).isEqualTo(1);
        assertThat(national.at("/rates/0/percentage").asString()).isEqualTo("17");
    }

    @Test
    void aDestinationNoZoneCoversIsNotTaxed() {
        var none = api.get("/tax-zones/rates?country=AQ").expect(200).json();
        assertThat(none.at("/rates").size()).isZero();
        assertThat(none.at("/zoneId").isNull()).isTrue();
    }

    @Test
    void aSecondZoneForTheSameCountryAndRegionIsAConflict() {
        zone("US", region, List.of(rate("standard", "State", "6")));
        var duplicate = api.post(
                        "/tax-zones",
                        Map.of("name", "Again", "country", "US", "region", region.toLowerCase(), "rates", List.of()))
                .expect(409);
        assertThat(duplicate.at("/type")).endsWith("/conflict");
    }

    @Test
    void aPercentageMustBeBetweenZeroAndAHundredWithAtMostFourDecimals() {
        var tooHigh = api.post(
                        "/tax-zones",
                        Map.of(
                                "name",
                                "Bad",
                                "country",
                                "US",
                                "region",
                                region + "X",
                                "rates",
                                List.of(rate("standard", "State", "101"))))
                .expect(422);
        assertThat(tooHigh.at("/errors/0/pointer")).isEqualTo("/rates/0/percentage");
        api.post(
                        "/tax-zones",
                        Map.of(
                                "name",
                                "Bad",
                                "country",
                                "US",
                                "region",
                                region + "Y",
                                "rates",
                                List.of(rate("standard", "State", "8.12345"))))
                .expect(422);
        api.post("/tax-zones", Map.of("name", "Bad", "country", "XX", "rates", List.of()))
                .expect(422);
        assertThat(api.get("/tax-zones?country=US").json().toString()).doesNotContain(region + "X");
    }

    @Test
    void aClassHasARateOfTheSameNameOnceAndClassesAreStoredLowerCased() {
        var twice = api.post(
                        "/tax-zones",
                        Map.of(
                                "name",
                                "Twice",
                                "country",
                                "US",
                                "region",
                                region + "T",
                                "rates",
                                List.of(rate("standard", "State", "5"), rate("STANDARD", "state", "6"))))
                .expect(422);
        assertThat(twice.at("/errors/0/pointer")).isEqualTo("/rates/1/name");
        var id = zone("US", region + "L", List.of(rate("Reduced", "State", "2.5")));
        assertThat(api.get("/tax-zones/" + id).json().at("/rates/0/taxClass").asString())
                .isEqualTo("reduced");
    }

    @Test
    void aZoneChangesWithIfMatchAndIsDeleted() {
        var id = zone("US", region + "P", List.of(rate("standard", "State", "5")));
        var read = api.get("/tax-zones/" + id).expect(200);
        var etag = read.header("ETag");
        api.send(
                        "PATCH",
                        "/tax-zones/" + id,
                        Map.of("rates", List.of(rate("standard", "State", "5.5"))),
                        Map.of("If-Match", etag))
                .expect(200);
        api.send("PATCH", "/tax-zones/" + id, Map.of("name", "Stale"), Map.of("If-Match", etag))
                .expect(412);
        assertThat(api.get("/tax-zones/" + id).json().at("/rates/0/percentage").asString())
                .isEqualTo("5.5");
        api.delete("/tax-zones/" + id).expect(204);
        api.get("/tax-zones/" + id).expect(404);
    }
}

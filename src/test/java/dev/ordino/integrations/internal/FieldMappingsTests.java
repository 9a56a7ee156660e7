package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.channels.FieldMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingsTests {

    private static final String DOCUMENT = """
            {"referenceId": "REF-7", "notes": null,
             "shippingAddress": {"postalCode": "73301", "country": "US"},
             "details": {"shippingType": "pallet", "dock": 4},
             "lines": [{"sku": "SKU-1"}]}
            """;

    @Test
    void givesEachTargetTheValueAtItsSource() {
        var document = ConnectorFixtures.JSON.readTree(DOCUMENT);

        var values = FieldMappings.values(
                document,
                List.of(
                        new FieldMapping("/referenceId", "customField1"),
                        new FieldMapping("/shippingAddress/postalCode", "zip"),
                        new FieldMapping("/details/shippingType", "shipping_type"),
                        new FieldMapping("/details/dock", "Dock"),
                        new FieldMapping("/lines/0/sku", "first_sku"),
                        new FieldMapping("/details", "extra")));

        assertThat(values).containsOnlyKeys("customField1", "zip", "shipping_type", "Dock", "first_sku", "extra");
        assertThat(values.get("customField1").asString()).isEqualTo("REF-7");
        assertThat(values.get("zip").asString()).isEqualTo("73301");
        assertThat(values.get("shipping_type").asString()).isEqualTo("pallet");
        assertThat(values.get("Dock").asInt()).isEqualTo(4);
        assertThat(values.get("first_sku").asString()).isEqualTo("SKU-1");
        assertThat(values.get("extra").isObject()).isTrue();
    }

    @Test
    void aSourceWithNoValueGivesNull() {
        var document = ConnectorFixtures.JSON.readTree(DOCUMENT);

        var values = FieldMappings.values(
                document,
                List.of(
                        new FieldMapping("/notes", "a"),
                        new FieldMapping("/details/missing", "b"),
                        new FieldMapping("/customer/email", "c"),
                        new FieldMapping("not a pointer", "d")));

        assertThat(values.values())
                .hasSize(4)
                .allSatisfy(value -> assertThat(value.isNull()).isTrue());
    }

    @Test
    void theLaterOfTwoRowsForOneTargetWins() {
        var document = ConnectorFixtures.JSON.readTree(DOCUMENT);

        var values = FieldMappings.values(
                document, List.of(new FieldMapping("/referenceId", "ref"), new FieldMapping("/lines/0/sku", "ref")));

        assertThat(values.get("ref").asString()).isEqualTo("SKU-1");
    }
}

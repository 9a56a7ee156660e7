package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.integrations.IntegrationType;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of an integration's settings, without Spring. */
class IntegrationSettingsRulesTests {

    @Test
    void secretsAreKeptApartFromThePlainSettings() {
        var problems = new ArrayList<FieldProblem>();
        var split = IntegrationSettingsRules.split(
                IntegrationType.SHIPSTATION,
                Map.of("apiKey", "k", "apiSecret", "s", "storeId", 42),
                Map.of(),
                Map.of(),
                problems);
        assertThat(problems).isEmpty();
        assertThat(split.plain()).containsExactly(Map.entry("storeId", "42"));
        assertThat(split.secrets()).containsOnlyKeys("apiKey", "apiSecret");
    }

    @Test
    void eachTypeTakesItsOwnSettingsAndNeedsWhatItCannotWorkWithout() {
        var problems = new ArrayList<FieldProblem>();
        IntegrationSettingsRules.split(IntegrationType.QUICKBOOKS, Map.of("apiKey", "k"), Map.of(), Map.of(), problems);
        assertThat(problems.stream().map(FieldProblem::pointer))
                .containsExactlyInAnyOrder("/settings/apiKey", "/settings/realmId", "/settings/accessToken");
    }

    @Test
    void settingsSentReplaceThoseKeptAndNullClearsOne() {
        var problems = new ArrayList<FieldProblem>();
        var given = new HashMap<String, Object>();
        given.put("apiSecret", "new");
        given.put("storeId", null);
        var split = IntegrationSettingsRules.split(
                IntegrationType.SHIPSTATION,
                given,
                Map.of("storeId", "42"),
                Map.of("apiKey", "k", "apiSecret", "old"),
                problems);
        assertThat(problems).isEmpty();
        assertThat(split.plain()).isEmpty();
        assertThat(split.secrets()).containsEntry("apiKey", "k").containsEntry("apiSecret", "new");
    }

    @Test
    void aWmsTakesHeadersAsAnObjectOfNamesAndTexts() {
        var problems = new ArrayList<FieldProblem>();
        var split = IntegrationSettingsRules.split(
                IntegrationType.WMS_HTTP,
                Map.of("headers", Map.of("Authorization", "Bearer t", "shipbob_channel_id", "7")),
                Map.of(),
                Map.of(),
                problems);
        assertThat(problems).isEmpty();
        assertThat(split.secrets().get("headers"))
                .isEqualTo(Map.of("Authorization", "Bearer t", "shipbob_channel_id", "7"));

        problems.clear();
        IntegrationSettingsRules.split(
                IntegrationType.WMS_HTTP, Map.of("headers", List.of("x")), Map.of(), Map.of(), problems);
        assertThat(problems).extracting(FieldProblem::pointer).containsExactly("/settings/headers");
        problems.clear();
        IntegrationSettingsRules.split(
                IntegrationType.WMS_HTTP, Map.of("headers", Map.of("Bad Name", "x")), Map.of(), Map.of(), problems);
        assertThat(problems).extracting(FieldProblem::pointer).containsExactly("/settings/headers/Bad Name");
    }
}

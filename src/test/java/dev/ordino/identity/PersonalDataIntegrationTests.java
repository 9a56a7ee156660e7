package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With masking on, read-only callers see personal data masked; staff who edit see it whole. */
@TestPropertySource(properties = "ordino.mask-personal-data=true")
class PersonalDataIntegrationTests extends IntegrationTest {

    @Test
    void aReadOnlyCallerSeesNamesEmailsAndStreetsMasked() {
        var fixtures = new OrderFixtures(api);
        var customer = fixtures.anIndividualCustomer("pd")
                .named("Priya", "Private")
                .withAddress(OrderFixtures.address("Home", "12 Secret Lane", "Dayton", "45402"))
                .create();
        var order = fixtures.aCompleteDraft(
                        customer, fixtures.aProduct("PD").create().id(), 1, null)
                .create();
        var viewer =
                api.as(api.post("/tokens", Map.of("name", "viewer", "scopes", List.of("orders:read", "customers:read")))
                        .expect(201)
                        .at("/token"));

        var masked = viewer.get("/orders/" + order).expect(200);
        assertThat(masked.text()).doesNotContain("Private", "Secret Lane", "@example");
        assertThat(masked.json().at("/shippingAddress/line1").asString()).isEqualTo("1•••");
        assertThat(masked.json().at("/shippingAddress/city").asString()).isEqualTo("Dayton");
        assertThat(viewer.get("/orders?limit=200").text()).doesNotContain("Private");
        var customerView = viewer.get("/customers/" + customer.id()).expect(200);
        assertThat(customerView.text()).doesNotContain("Private", "Secret Lane", "@example");

        assertThat(api.get("/orders/" + order).text()).contains("Secret Lane");
    }
}

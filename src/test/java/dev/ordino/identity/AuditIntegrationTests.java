package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log: order status changes, tokens, users and failed authentications, with who and from where. */
class AuditIntegrationTests extends IntegrationTest {

    @Test
    void everyOrderStatusChangeIsAuditedWithActorTimeAndSourceIp() {
        var fixtures = new OrderFixtures(api);
        var customer = fixtures.aBusinessCustomer("au")
                .withAddress(OrderFixtures.address("A", "1 A St", "Dayton", "45402"))
                .create();
        var id = fixtures.aCompleteDraft(
                        customer, fixtures.aProduct("AU").create().id(), 1, null)
                .placed();
        api.post("/orders/" + id + "/hold", Map.of("reason", "Credit check")).expect(200);
        var entries = api.get("/audit?subject=order:" + id).expect(200).json().at("/items");
        assertThat(entries.size()).isEqualTo(2);
        var held = entries.get(0);
        assertThat(held.at("/type").asString()).isEqualTo(AuditEvent.ORDER_STATUS_CHANGED);
        assertThat(held.at("/detail/to").asString()).isEqualTo("ON_HOLD");
        assertThat(held.at("/actorName").asString()).isEqualTo(ADMIN_TOKEN_NAME);
        assertThat(held.at("/sourceIp").asString()).isNotBlank();
        assertThat(held.at("/at").asString()).isNotBlank();
    }

    @Test
    void everyDeletedOrderIsAuditedOneByOneOrInBulk() {
        var fixtures = new OrderFixtures(api);
        var single = fixtures.aDraft().create();
        var first = fixtures.aDraft().create();
        var second = fixtures.aDraft().create();
        var number = api.get("/orders/" + single).at("/number");
        api.delete("/orders/" + single).expect(204);
        api.post("/orders/bulk-delete", Map.of("ids", List.of(first, second))).expect(204);
        for (var id : List.of(single, first, second)) {
            var entries =
                    api.get("/audit?subject=order:" + id).expect(200).json().at("/items");
            assertThat(entries.size()).as(id).isEqualTo(1);
            assertThat(entries.get(0).at("/type").asString()).isEqualTo(AuditEvent.ORDER_DELETED);
            assertThat(entries.get(0).at("/actorName").asString()).isEqualTo(ADMIN_TOKEN_NAME);
            assertThat(entries.get(0).at("/detail/status").asString()).isEqualTo("DRAFT");
        }
        var deleted =
                api.get("/audit?subject=order:" + single).expect(200).json().at("/items/0");
        assertThat(deleted.at("/detail/number").asString()).isEqualTo(number);
        assertThat(deleted.at("/sourceIp").asString()).isNotBlank();
    }

    @Test
    void tokensUsersAndFailedAuthenticationsAreAuditedWithoutSecrets() {
        var created = api.post("/tokens", Map.of("name", "Audited", "scopes", List.of("orders:read")))
                .expect(201)
                .json();
        var tokenId = created.at("/id").asString();
        api.delete("/tokens/" + tokenId).expect(204);
        var log = api.get("/audit?subject=token:" + tokenId).expect(200);
        assertThat(log.json().at("/items").size()).isEqualTo(2);
        assertThat(log.text())
                .contains("TOKEN_CREATED", "TOKEN_REVOKED")
                .doesNotContain(created.at("/token").asString());

        var user = api.post(
                        "/users",
                        Map.of(
                                "email",
                                "audited-" + System.nanoTime() + "@example.com",
                                "name",
                                "Audited",
                                "role",
                                "VIEWER"))
                .expect(201)
                .at("/id");
        api.patch("/users/" + user, Map.of("role", "CLERK")).expect(200);
        var changes = api.get("/audit?subject=user:" + user).expect(200);
        assertThat(changes.json().at("/items/0/detail/role").asString()).isEqualTo("CLERK");
        assertThat(changes.json().at("/items/0/detail/roleBefore").asString()).isEqualTo("VIEWER");
        assertThat(changes.text()).doesNotContain("@example.com");

        api.as("ordino_wrong").get("/orders").expect(401);
        var failed =
                api.get("/audit?type=AUTHENTICATION_FAILED").expect(200).json().at("/items/0");
        assertThat(failed.at("/sourceIp").asString()).isNotBlank();
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        var viewer = api.post("/tokens", Map.of("name", "No audit", "scopes", List.of("orders:read", "customers:read")))
                .expect(201)
                .at("/token");
        api.as(viewer).get("/audit").expect(403);
    }
}

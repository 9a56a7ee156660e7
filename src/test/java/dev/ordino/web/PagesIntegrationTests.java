package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP, on H2 and PostgreSQL: a form without its CSRF token is refused, a signed-out
 * visitor is sent to the sign-in page, each screen asks for the scope its API asks for, and another
 * customer's order is a 404 on every page and action of it.
 */
class PagesIntegrationTests extends IntegrationTest {

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() {
        var client = new FormClient(port());
        for (var page : new String[] {"/", "/orders", "/products", "/customers", "/channels"}) {
            var response = client.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(page)
                    .endsWith("/login");
        }
        assertThat(client.get("/login").body()).contains("Sign in to Ordino");
    }

    @Test
    void theStaffSeeTheOrdersNotesOnItsPageAndItsBuyerDoesNot() {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var customer = fixtures.aBusinessCustomer("notes")
                .withAddress(OrderFixtures.address("Office", "1 Note St", "Austin", "73301"))
                .create();
        var order = fixtures.aDraft().forCustomer(customer).create();
        api.post("/orders/" + order + "/notes", Map.of("text", "Call before delivery " + marker))
                .expect(201);

        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        assertThat(manager.get("/orders/" + order).body()).contains("Call before delivery " + marker);
        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        var page = buyer.get("/orders/" + order);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Call before delivery " + marker);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        var marker = OrderFixtures.newMarker();
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var before = api.get("/orders?q=" + marker).json().at("/items").size();
        assertThat(clerk.postAsIs("/orders/new", Map.of()).statusCode()).isEqualTo(403);
        assertThat(clerk.postAsIs("/orders/new", Map.of("_csrf", "forged")).statusCode())
                .isEqualTo(403);
        var created = clerk.post("/orders/new", Map.of());
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).matches(".*/orders/[0-9a-f-]{36}$");
        assertThat(before).isZero();
    }

    @Test
    void eachScreenAsksForTheScopeItsApiAsksFor() {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var customer = fixtures.aBusinessCustomer("scopes").create();
        var viewer = FormClient.signedIn(api, port(), "VIEWER", null);
        assertThat(viewer.get("/orders").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/customers").statusCode()).isEqualTo(200);
        assertThat(viewer.post("/orders/new", Map.of()).statusCode())
                .as("a viewer creates no order")
                .isEqualTo(403);
        assertThat(viewer.post("/customers", Map.of("type", "INDIVIDUAL", "email", "x@example.com"))
                        .statusCode())
                .isEqualTo(403);

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var draft = fixtures.aDraft().create();
        assertThat(clerk.post("/orders/" + draft + "/actions/hold", Map.of("reason", "x"))
                        .statusCode())
                .as("holding is a manager's")
                .isEqualTo(403);
        assertThat(clerk.post("/channels", Map.of("code", "x", "name", "x")).statusCode())
                .as("channel settings are an admin's")
                .isEqualTo(403);

        var buyer = FormClient.signedIn(api, port(), "BUYER", customer.id());
        assertThat(buyer.get("/customers").statusCode()).isEqualTo(403);
        assertThat(buyer.get("/channels").statusCode()).isEqualTo(403);
        assertThat(buyer.get("/products").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherCustomersOrderIsNotFoundOnEveryPageAndActionOfIt() {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var customerA = fixtures.aBusinessCustomer("pages-a").create();
        var customerB = fixtures.aBusinessCustomer("pages-b").create();
        var orderOfA = fixtures.aDraft().with("customerId", customerA.id()).create();
        var buyerB = FormClient.signedIn(api, port(), "BUYER", customerB.id());
        for (var page : new String[] {"", "/review", "/timeline", "/picker?q=abc"}) {
            var response = buyerB.get("/orders/" + orderOfA + page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).doesNotContain(customerA.id(), "pages-a-" + marker);
        }
        var version = api.get("/orders/" + orderOfA).expect(200).at("/version");
        for (var action : new String[] {"/actions/submit", "/actions/clone", "/actions/delete", "/notes", "/lines"}) {
            var response = buyerB.post(
                    "/orders/" + orderOfA + action,
                    Map.of("version", version, "text", "x", "productIds", customerA.id()));
            assertThat(response.statusCode()).as(action).isEqualTo(404);
            assertThat(response.body()).as(action).doesNotContain(customerA.id(), "pages-a-" + marker);
        }
        var order = api.get("/orders/" + orderOfA).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(order.at("/version").asString()).isEqualTo(version);
    }

    @Test
    void theFaviconIsServedToEveryoneAndLinkedFromEveryPage() {
        var visitor = new FormClient(port());
        var icon = visitor.get("/favicon.ico");
        assertThat(icon.statusCode()).as("signed out").isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/");
        assertThat(visitor.get("/login").body()).contains("rel=\"icon\"", "/favicon.ico");

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        assertThat(clerk.get("/favicon.ico").statusCode()).as("signed in").isEqualTo(200);
        assertThat(clerk.get("/orders").body()).contains("rel=\"icon\"", "/favicon.ico");
    }

    @Test
    void aRefusedActionSaysEachProblemOnce() {
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var draft = api.post("/orders", Map.of()).expect(201).at("/id");
        var version = api.get("/orders/" + draft).expect(200).at("/version");
        clerk.get("/orders/" + draft);
        var refused = clerk.post("/orders/" + draft + "/actions/send-invoice", Map.of("version", version));
        assertThat(refused.statusCode()).isEqualTo(302);
        var page = clerk.follow(refused).body();
        var problem = page.substring(page.indexOf("id=\"problem\""));
        problem = problem.substring(0, problem.indexOf("</div>"));
        assertThat(problem).contains("the order has no lines", "say where the invoice goes");
        assertThat(problem.split("the order has no lines", -1)).as(problem).hasSize(2);
        assertThat(problem).doesNotContain("more)");
    }

    @Test
    void theTimelineSaysItsDetailsInWordsNotAsRawMaps() {
        var marker = OrderFixtures.newMarker();
        var fixtures = new OrderFixtures(api, marker);
        var first = fixtures.aBusinessCustomer("timeline-a")
                .company("First " + marker)
                .create();
        var second = fixtures.aBusinessCustomer("timeline-b")
                .company("Second " + marker)
                .create();
        var draft = fixtures.aDraft().with("customerId", first.id()).create();
        api.patch("/orders/" + draft, Map.of("customerId", second.id())).expect(200);

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + draft + "/timeline");
        assertThat(page.statusCode()).isEqualTo(200);
        var table = page.body().substring(page.body().indexOf("id=\"timeline\""));
        assertThat(table).contains("First " + marker, "Second " + marker);
        assertThat(table).doesNotContain("{id=", "id=" + first.id(), "type=BUSINESS");
    }
}

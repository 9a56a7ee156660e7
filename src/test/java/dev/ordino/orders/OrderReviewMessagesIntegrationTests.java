package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review and the delete refusal say what holds for the order and the caller (issue 18, defect 7): no draft
 * problems on an order past the draft, the action that works named when a delete is refused, and tax as tax.
 */
class OrderReviewMessagesIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private OrderFixtures.Customer customer;
    private String productId;
    private String channelId;

    @BeforeEach
    void catalogCustomerAndChannel() {
        fx = new OrderFixtures(api);
        productId = fx.aProduct("RV").priced("10.00").create().id();
        customer = fx.aBusinessCustomer("rv")
                .withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301"))
                .create();
        channelId = fx.aReviewChannel("rv").create();
    }

    @Test
    void theReviewOfAnOrderPastTheDraftShowsNoDraftProblems() {
        var submitted = fx.aCompleteDraft(customer, productId, 1, channelId).submitted();
        var placed = fx.aCompleteDraft(customer, productId, 1, null).placed();
        var invoiced = fx.aCompleteDraft(customer, productId, 1, null).create();
        fx.act(invoiced, "send-invoice", null);
        var manager = FormClient.signedIn(api, port(), "MANAGER", null);
        for (var id : List.of(submitted, placed, invoiced)) {
            var review = api.get("/orders/" + id + "/review").expect(200).json();
            assertThat(review.at("/problems").size()).as(id).isZero();
            assertThat(review.at("/readyToSubmit").asBoolean()).as(id).isFalse();
            var page = manager.get("/orders/" + id + "/review").body();
            assertThat(page).as(id).doesNotContain("Before this order can go", "not a draft");
        }

        var draft = fx.aDraft().forCustomer(customer).onChannel(channelId).create();
        var review = api.get("/orders/" + draft + "/review").expect(200).json();
        assertThat(review.at("/problems/0/message").asString())
                .as("a draft the caller can submit still names what stops it")
                .isEqualTo("the order has no lines");
        assertThat(manager.get("/orders/" + draft + "/review").body()).contains("Before this order can go");
        var viewer = FormClient.signedIn(api, port(), "VIEWER", null);
        assertThat(viewer.get("/orders/" + draft + "/review").body())
                .as("a caller who cannot send the draft has nothing to fix")
                .doesNotContain("Before this order can go");
    }

    @Test
    void aRefusedDeleteNamesTheActionThatWorks() {
        var submitted = fx.aCompleteDraft(customer, productId, 1, channelId).submitted();
        var refused = api.delete("/orders/" + submitted).expect(409);
        assertThat(refused.at("/detail")).contains("retract it first").doesNotContain("cancel");

        var placed = fx.aCompleteDraft(customer, productId, 1, null).placed();
        assertThat(api.delete("/orders/" + placed).expect(409).at("/detail")).contains("cancel it instead");

        var bulk = api.post("/orders/bulk-delete", Map.of("ids", List.of(submitted)))
                .expect(409);
        assertThat(bulk.at("/detail")).contains("retract it first");
    }

    @Test
    void theReviewShowsTaxAsTaxNotAsAnOtherCost() {
        var marker = fx.marker();
        var region = "R" + marker.toUpperCase();
        api.post(
                        "/tax-zones",
                        Map.of(
                                "name",
                                "Zone " + marker,
                                "country",
                                "US",
                                "region",
                                region,
                                "rates",
                                List.of(Map.of("taxClass", "standard", "name", "State tax", "percentage", 10.0))))
                .expect(201);
        var taxed = fx.aBusinessCustomer("rvt")
                .withAddress(Map.of(
                        "label", "HQ",
                        "line1", "1 Tax St",
                        "city", "Austin",
                        "region", region,
                        "postalCode", "78701",
                        "country", "US"))
                .create();
        var id = fx.aCompleteDraft(taxed, productId, 2, null).create();
        var page = FormClient.signedIn(api, port(), "CLERK", null)
                .get("/orders/" + id + "/review")
                .body();
        var otherCosts = page.substring(page.indexOf("id=\"costs-heading\""));
        otherCosts = otherCosts.substring(0, otherCosts.indexOf("</section>"));
        assertThat(otherCosts).doesNotContain("Tax", "2.00 USD");
        var tax = page.substring(page.indexOf("id=\"tax-heading\""));
        tax = tax.substring(0, tax.indexOf("</section>"));
        assertThat(tax).contains("State tax 10", "id=\"review-tax-total\">2.00 USD<");
    }
}

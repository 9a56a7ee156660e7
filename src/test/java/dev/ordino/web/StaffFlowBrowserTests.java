package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The back office: a manager accepts a submitted order, holds it with a reason, releases the hold and cancels
 * it; a viewer sees the same order without a single action.
 */
class StaffFlowBrowserTests extends BrowserTest {

    @Test
    void aManagerAcceptsHoldsReleasesAndCancelsAnOrder() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var channel = fixtures.aReviewChannel("staff").create();
        var customer = fixtures.aBusinessCustomer("staff")
                .withAddress(OrderFixtures.address("Head office", "5 Main Street", "Columbus", "43215"))
                .create();
        var product = fixtures.aProduct("STF")
                .named("Bracket " + marker)
                .priced("8.00")
                .create();
        var orderId =
                fixtures.aCompleteDraft(customer, product.id(), 4, channel).submitted();
        var manager = aUser("MANAGER", null, marker);
        var viewer = aUser("VIEWER", null, marker + "v");

        signIn(manager);
        open("/orders?status=SUBMITTED&q=" + marker);
        var number = api.get("/orders/" + orderId).expect(200).at("/number");
        click(By.linkText(number));
        assertThat(statusBadge()).isEqualTo("Submitted");

        click(By.id("action-accept"));
        assertThat(notice()).isEqualTo("Order " + number + " is now confirmed.");
        assertThat(statusBadge()).isEqualTo("Confirmed");

        click(By.id("action-hold"));
        click(By.id("confirm-hold"));
        assertThat(find(By.cssSelector("#reason-hold:invalid")).isDisplayed())
                .as("a hold needs a reason: the form is not sent without one")
                .isTrue();
        type(By.id("reason-hold"), "Credit check");
        click(By.id("confirm-hold"));
        assertThat(notice()).isEqualTo("Order " + number + " is now on hold.");
        assertThat(find(By.cssSelector("header")).getText()).contains("Credit check");
        assertThat(all(By.id("action-cancel")))
                .as("an order on hold cannot be cancelled")
                .isEmpty();
        screenshot("staff-order-on-hold");

        click(By.id("action-release-hold"));
        assertThat(statusBadge()).isEqualTo("Confirmed");

        click(By.id("action-cancel"));
        type(By.id("reason-cancel"), "Customer withdrew");
        click(By.id("confirm-cancel"));
        assertThat(statusBadge()).isEqualTo("Cancelled");

        click(By.id("tab-timeline"));
        assertThat(find(By.id("timeline")).getText())
                .contains(
                        "SUBMITTED → CONFIRMED", "CONFIRMED → ON_HOLD", "ON_HOLD → CONFIRMED", "CONFIRMED → CANCELLED");
        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("CANCELLED");

        signIn(viewer);
        open("/orders/" + orderId);
        assertThat(statusBadge()).isEqualTo("Cancelled");
        assertThat(all(By.cssSelector("[id^=action-]")))
                .as("a viewer is offered no action")
                .isEmpty();
        assertThat(all(By.id("create-order"))).isEmpty();
    }
}

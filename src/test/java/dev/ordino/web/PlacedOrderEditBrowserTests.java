package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Optimizely edits an order in progress: on a placed order still open a manager changes an item's quantity,
 * splits it across two delivery locations, places a price with its reason and ships the order to another address;
 * the channel and the order date stay as they are. The API shows the change.
 */
class PlacedOrderEditBrowserTests extends BrowserTest {

    @Test
    void aManagerChangesThePlacedOrdersUnfulfilledParts() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var part = fixtures.aProduct("OPT")
                .named("Bracket " + marker)
                .priced("15.00")
                .create();
        var customer = fixtures.aBusinessCustomer("optimizely")
                .withAddress(OrderFixtures.address("Plant 1", "1 Loop Rd", "Austin", "73301"))
                .withAddress(OrderFixtures.address("Plant 2", "2 Mill St", "Dallas", "75001"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, part.id(), 2, null).placed();
        signIn(aUser("MANAGER", null, marker));

        open("/orders/" + orderId);
        assertThat(statusBadge()).isEqualTo("Pending");
        assertThat(find(By.id("channelId")).isEnabled()).isFalse();
        assertThat(find(By.id("orderDate")).isEnabled()).isFalse();

        // complete without splits: nothing is "left to allocate" until the line is split
        assertThat(find(By.id("no-splits")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-remaining-box]")).isDisplayed())
                .isFalse();

        // 3 instead of 2, split 2 to Plant 1 and 1 to Plant 2
        type(By.id("quantity"), "3");
        click(By.id("add-split"));
        assertThat(find(By.cssSelector("[data-remaining-box]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("no-splits")).isDisplayed()).isFalse();
        click(By.id("add-split"));
        new Select(find(By.id("split-0-locationId"))).selectByVisibleText("Plant 1 · Austin");
        type(By.id("split-0-quantity"), "2");
        new Select(find(By.id("split-1-locationId"))).selectByVisibleText("Plant 2 · Dallas");
        type(By.id("split-1-quantity"), "1");
        assertThat(find(By.id("remaining")).getText()).isEqualTo("0");
        click(By.id("save-line"));
        assertThat(notice()).isEqualTo("Item saved.");

        // A placed price agreed on the phone, with its reason (Optimizely's "Placed Price, default shown")
        type(By.id("placedPrice"), "14.00");
        type(By.id("placedPriceReason"), "Price match " + marker);
        click(By.id("save-price"));
        assertThat(find(By.id("placedPrice")).getAttribute("value")).isEqualTo("14.00");

        // Shipped to Plant 2 from now on
        new Select(find(By.id("shippingChoice"))).selectByVisibleText("Plant 2: 2 Mill St, Dallas");
        type(By.id("referenceId"), "PO-" + marker);
        click(By.id("save-details"));
        assertThat(notice()).isEqualTo("Saved.");
        assertThat(statusBadge()).isEqualTo("Pending");
        assertThat(unlabelledControls()).isEmpty();
        screenshot("placed-order-edit");

        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/status").asString()).isEqualTo("PENDING");
        assertThat(order.at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(order.at("/lines/0/splits").size()).isEqualTo(2);
        assertThat(order.at("/lines/0/unitPrice/amount").asString()).isEqualTo("15.00");
        assertThat(order.at("/lines/0/placedPrice/amount").asString()).isEqualTo("14.00");
        assertThat(order.at("/lines/0/placedPriceOverride/reason").asString()).isEqualTo("Price match " + marker);
        assertThat(order.at("/shippingAddress/city").asString()).isEqualTo("Dallas");
        assertThat(order.at("/referenceId").asString()).isEqualTo("PO-" + marker);
    }
}

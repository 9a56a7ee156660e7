package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The buyer portal shows a buyer their own customer's orders and nothing else: another customer's order is
 * "not found" on every page, the back office's screens are closed, and internal notes stay hidden.
 */
class BuyerIsolationBrowserTests extends BrowserTest {

    @Test
    void aBuyerSeesOnlyTheirCustomersOrders() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var customerA = fixtures.aBusinessCustomer("iso-a")
                .withAddress(OrderFixtures.address("Plant A", "1 A Street", "Akron", "44301"))
                .create();
        var customerB = fixtures.aBusinessCustomer("iso-b")
                .withAddress(OrderFixtures.address("Plant B", "1 B Street", "Boise", "83702"))
                .create();
        var product =
                fixtures.aProduct("ISO").named("Valve " + marker).priced("3.00").create();
        var orderOfA = fixtures.aCompleteDraft(customerA, product.id(), 2, null)
                .reference("A-SECRET-" + marker)
                .create();
        api.post("/orders/" + orderOfA + "/notes", Map.of("text", "Internal: margin is thin " + marker))
                .expect(201);
        var numberOfA = api.get("/orders/" + orderOfA).expect(200).at("/number");
        var buyerA = aUser("BUYER", customerA.id(), marker + "a");
        var buyerB = aUser("BUYER", customerB.id(), marker + "b");

        signIn(buyerB);
        assertThat(find(By.cssSelector("nav")).getText()).doesNotContain("Customers", "Channels");
        open("/orders?q=" + numberOfA);
        assertThat(find(By.id("results")).getText())
                .contains("No orders match.")
                .doesNotContain(numberOfA);
        open("/orders?q=A-SECRET-" + marker);
        assertThat(find(By.id("results")).getText()).contains("No orders match.");
        for (var page : new String[] {"", "/review", "/timeline"}) {
            open("/orders/" + orderOfA + page);
            assertThat(find(By.cssSelector("h1")).getText()).as(page).isEqualTo("Not found");
            assertThat(browser.getPageSource()).as(page).doesNotContain(numberOfA, "A-SECRET", "margin is thin");
        }
        open("/customers");
        assertThat(browser.getPageSource()).doesNotContain(customerA.id(), "iso-a-" + marker);
        screenshot("buyer-isolation");

        signIn(buyerA);
        open("/orders?q=" + numberOfA);
        assertThat(find(By.id("results")).getText()).contains(numberOfA);
        open("/orders/" + orderOfA);
        assertThat(find(By.id("order-number")).getText()).isEqualTo("Order " + numberOfA);
        assertThat(all(By.id("order-notes")))
                .as("internal notes are the staff's")
                .isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("margin is thin");
    }
}

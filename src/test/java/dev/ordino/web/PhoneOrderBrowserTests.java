package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A clerk takes an order over the phone: a new draft, a new customer created from the order page, items
 * found with "+ Add items" (purchasable ones not yet on the order, from three characters), a typed shipping
 * address, Save and close, then Place. Every page on the way labels each of its controls.
 */
class PhoneOrderBrowserTests extends BrowserTest {

    @Test
    void aClerkWritesAnOrderForANewCustomerAndPlacesIt() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var lamp =
                fixtures.aProduct("LMP").named("Lamp " + marker).priced("30.00").create();
        var shade = fixtures.aProduct("SHD")
                .named("Lampshade " + marker)
                .priced("9.99")
                .create();
        fixtures.aProduct("LMX")
                .named("Lamp retired " + marker)
                .with("purchasable", false)
                .create();
        signIn(aUser("CLERK", null, marker));
        assertThat(unlabelledControls()).as("orders view").isEmpty();

        click(By.id("create-order"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
        var orderId = currentOrderId();
        assertThat(unlabelledControls()).as("order page").isEmpty();

        // The customer is not on file yet: "Create a customer" beside the pick
        click(By.id("create-customer"));
        new Select(find(By.id("new-type"))).selectByValue("INDIVIDUAL");
        type(By.id("new-email"), "caller-" + marker + "@example.com");
        type(By.id("new-first"), "Carla");
        type(By.id("new-last"), "Caller");
        click(By.id("create-customer-save"));
        assertThat(notice()).isEqualTo("Customer Carla Caller created.");
        assertThat(find(By.id("order-customer")).getText()).contains("caller-" + marker + "@example.com");

        // "+ Add items": nothing listed under three characters; the lamp that is not purchasable never
        click(By.id("add-items"));
        type(By.id("picker-q"), "La");
        assertThat(all(By.cssSelector("#picker-results input[name=productIds]")))
                .isEmpty();
        type(By.id("picker-q"), "Lamp " + marker);
        find(By.id("pick-" + lamp.sku()));
        assertThat(all(By.cssSelector("#picker-results input[name=productIds]")))
                .hasSize(1);
        type(By.id("picker-q"), marker);
        find(By.id("pick-" + shade.sku()));
        assertThat(all(By.cssSelector("#picker-results input[name=productIds]")))
                .hasSize(2);
        click(By.id("pick-" + lamp.sku()));
        click(By.id("pick-" + shade.sku()));
        click(By.id("picker-add"));
        assertThat(notice()).isEqualTo("2 items added.");
        click(By.id("add-items"));
        type(By.id("picker-q"), marker);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("picker-results"), "No purchasable item matches that is not already on the order."));

        // A shipping address typed on the order ("use different shipping address"), kept in the address book
        new Select(find(By.id("shippingChoice"))).selectByValue("new");
        click(By.cssSelector("#shippingChoice ~ details summary"));
        type(By.id("shipping-line1"), "9 Harbour Lane");
        type(By.id("shipping-postalCode"), "98101");
        type(By.id("shipping-city"), "Seattle");
        type(By.id("shipping-country"), "US");
        click(By.id("shipping-save"));
        click(By.id("save-and-close"));
        waitFor(ExpectedConditions.urlMatches(".*/orders$"));
        assertThat(notice()).contains("saved");

        open("/orders/" + orderId);
        assertThat(all(By.cssSelector("#lines li[data-complete=true]")))
                .as("without splits every item goes to the shipping address")
                .hasSize(2);
        click(By.id("action-place"));
        assertThat(statusBadge()).isEqualTo("Pending");
        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/shippingAddress/city").asString()).isEqualTo("Seattle");
        assertThat(order.at("/totals/subtotal/amount").asString()).isEqualTo("39.99");
        var customer = api.get("/customers/" + order.at("/customer/id").asString())
                .expect(200)
                .json();
        assertThat(customer.at("/addresses/0/line1").asString()).isEqualTo("9 Harbour Lane");

        open("/orders/" + orderId + "/review");
        assertThat(unlabelledControls()).as("review").isEmpty();
        open("/products");
        assertThat(unlabelledControls()).as("items view").isEmpty();
        open("/customers");
        assertThat(unlabelledControls()).as("customers").isEmpty();
        open("/channels");
        assertThat(unlabelledControls()).as("channels").isEmpty();
    }
}

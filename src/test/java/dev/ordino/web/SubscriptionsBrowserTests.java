package dev.ordino.web;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * FlexPortal's rental walk (issue 21 §6): a business customer in a billing group rents two laptops on a 12-month
 * contract; the manager fulfils one unit on the order's Subscriptions tab (a serial number, today's start date) and
 * the order is partially fulfilled; cancelling the order is refused; the same serial again is refused with the
 * typing kept; the second unit gets its own serial and the order is fulfilled. The subscription's page shows its
 * terms, the Subscriptions list finds it by serial, and a billing run invoices the billing group once.
 */
class SubscriptionsBrowserTests extends BrowserTest {

    @Test
    void aRentalOrderIsFulfilledUnitByUnitCannotBeCancelledAndItsBillingGroupIsInvoiced() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("LAP")
                .named("Laptop " + marker)
                .priced("1299.00")
                .with("contractPrices", List.of(Map.of("months", 12, "monthlyPrice", usd("49.00"))))
                .create();
        var group = api.post("/billing-groups", Map.of("name", "Rental group " + marker))
                .expect(201)
                .at("/id");
        var customer = fixtures.aBusinessCustomer("rent")
                .company("Flex Rentals " + marker)
                .paymentTerms("NET_14")
                .with("billingGroupId", group)
                .withAddress(OrderFixtures.address("Office", "12 Rental Rd", "Austin", "73301"))
                .create();
        var orderId = fixtures.aDraft()
                .forCustomer(customer)
                .withLine(Map.of("productId", product.id(), "quantity", 2, "contractMonths", 12))
                .placed();
        var lineId = api.get("/orders/" + orderId).expect(200).at("/lines/0/id");
        var today = LocalDate.parse(api.get("/orders/" + orderId).expect(200).at("/orderDate"));
        signIn(aUser("MANAGER", null, marker));

        // The Subscriptions tab: the rental line, 2 units, none subscribed
        open("/orders/" + orderId);
        click(By.id("tab-subscriptions"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/subscriptions$"));
        var row = find(By.id("rental-line-" + lineId));
        assertThat(row.getText()).contains(product.sku(), "Laptop " + marker, "12 months", "49.00 USD");
        assertThat(row.findElement(By.className("line-quantity")).getText()).isEqualTo("2");
        assertThat(find(By.id("subscribed-" + lineId)).getText()).isEqualTo("0");
        assertThat(find(By.id("no-subscriptions")).getText()).contains("No subscriptions");

        // Create subscription for one unit: the start date defaults to today
        click(By.id("create-subscription-" + lineId));
        assertThat(find(By.id("start-" + lineId)).getAttribute("value")).isNotBlank();
        type(By.id("serial-" + lineId), "SN-A-" + marker);
        assertThat(unlabelledControls()).as("Subscriptions tab").isEmpty();
        screenshot("subscriptions-create");
        click(By.id("create-subscription-confirm-" + lineId));
        assertThat(notice()).contains("SN-A-" + marker);
        assertThat(find(By.id("subscribed-" + lineId)).getText()).isEqualTo("1");
        assertThat(statusBadge()).isEqualTo("Partially fulfilled");
        assertThat(api.get("/orders/" + orderId).expect(200).at("/status")).isEqualTo("PARTIALLY_FULFILLED");
        assertThat(all(By.cssSelector("#order-subscriptions tbody tr"))).hasSize(1);
        assertThat(find(By.id("order-subscriptions")).getText()).contains("SN-A-" + marker, "Active");

        // Cancelling the order is refused: the header offers no Cancel, and the API answers 409
        assertThat(all(By.id("action-cancel")))
                .as("no Cancel for an order with subscriptions")
                .isEmpty();
        var cancel = api.post("/orders/" + orderId + "/cancel", Map.of("reason", "Customer changed their mind"));
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(api.get("/orders/" + orderId).expect(200).at("/status")).isEqualTo("PARTIALLY_FULFILLED");

        // The same serial again is refused, the typing kept
        open("/orders/" + orderId + "/subscriptions");
        click(By.id("create-subscription-" + lineId));
        type(By.id("serial-" + lineId), "SN-A-" + marker);
        click(By.id("create-subscription-confirm-" + lineId));
        assertThat(find(By.id("problem")).getText()).contains("SN-A-" + marker);
        assertThat(find(By.id("serial-" + lineId)).getAttribute("value")).isEqualTo("SN-A-" + marker);
        assertThat(find(By.id("subscribed-" + lineId)).getText()).isEqualTo("1");

        // The second unit: its own serial, and the order is fulfilled
        type(By.id("serial-" + lineId), "SN-B-" + marker);
        click(By.id("create-subscription-confirm-" + lineId));
        assertThat(notice()).contains("SN-B-" + marker);
        assertThat(find(By.id("subscribed-" + lineId)).getText()).isEqualTo("2");
        assertThat(all(By.id("create-subscription-" + lineId)))
                .as("no unit left")
                .isEmpty();
        assertThat(statusBadge()).isEqualTo("Fulfilled");
        assertThat(api.get("/orders/" + orderId).expect(200).at("/status")).isEqualTo("FULFILLED");
        assertThat(all(By.cssSelector("#order-subscriptions tbody tr"))).hasSize(2);
        screenshot("subscriptions-order-fulfilled");

        // The subscription's page: its asset, customer, order and contract terms
        click(By.cssSelector("#order-subscriptions tbody tr:first-child a"));
        waitFor(ExpectedConditions.urlMatches(".*/subscriptions/[0-9a-f-]{36}$"));
        assertThat(find(By.id("subscription-serial")).getText()).startsWith("SN-");
        assertThat(find(By.id("subscription-customer")).getText()).contains("Flex Rentals " + marker, "Business");
        assertThat(find(By.id("subscription-start")).getText()).isEqualTo(today.toString());
        assertThat(find(By.id("subscription-end")).getText())
                .isEqualTo(today.plusMonths(12).minusDays(1).toString());
        assertThat(find(By.id("subscription-contract")).getText()).contains("12 months");
        assertThat(find(By.id("subscription-monthly-price")).getText()).isEqualTo("49.00 USD");
        assertThat(find(By.id("subscription-order")).getText())
                .contains(api.get("/orders/" + orderId).expect(200).at("/number"));
        assertThat(unlabelledControls()).as("Subscription page").isEmpty();
        screenshot("subscriptions-detail");

        // Extend by 6 months: the end moves, the initial length stays
        type(By.id("extend-months"), "6");
        click(By.id("extend-submit"));
        var extendedEnd = today.plusMonths(18).minusDays(1).toString();
        assertThat(notice()).endsWith("now runs until " + extendedEnd + ".");
        assertThat(find(By.id("subscription-end")).getText()).isEqualTo(extendedEnd);
        assertThat(find(By.id("subscription-contract")).getText()).contains("12 months", "6 months extended");

        // Cancelling from before it started is refused on the page, and it stays active
        type(By.id("cancel-reason"), "Returned early");
        browser.executeScript(
                "document.getElementById('cancel-effective-date').value = arguments[0]",
                today.minusDays(1).toString());
        click(By.id("cancel-submit"));
        assertThat(find(By.id("problem")).getText()).startsWith("effective date:");
        assertThat(find(By.id("subscription-status-text")).getText()).isEqualTo("Active");

        // The Subscriptions list finds it by serial number, and by the customer's business type
        click(By.id("nav-subscriptions"));
        waitFor(ExpectedConditions.urlMatches(".*/subscriptions$"));
        type(By.id("subscription-q"), "SN-B-" + marker);
        click(By.id("subscription-search-apply"));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#subscriptions tbody tr"), 1));
        assertThat(find(By.id("subscriptions")).getText()).contains("SN-B-" + marker, "Flex Rentals " + marker);
        type(By.id("subscription-q"), "Flex Rentals " + marker);
        click(By.id("subscription-search-apply"));
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#subscriptions tbody tr"), 2));
        assertThat(unlabelledControls()).as("Subscriptions list").isEmpty();
        screenshot("subscriptions-list");

        // A billing run: the billing group's charges on one consolidated invoice
        click(By.id("billing-runs-link"));
        waitFor(ExpectedConditions.urlMatches(".*/billing-runs$"));
        assertThat(find(By.id("billing-run-date")).getAttribute("value")).isNotBlank();
        assertThat(unlabelledControls()).as("Billing runs").isEmpty();
        click(By.id("billing-run-submit"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("billing-run-invoices")));
        var ours = all(By.className("billing-run-invoice")).stream()
                .map(link -> link.getAttribute("id").substring("billing-run-invoice-".length()))
                .map(id -> api.get("/invoices/" + id).expect(200).json())
                .filter(invoice -> group.equals(invoice.at("/billingGroupId").asString()))
                .toList();
        assertThat(ours).as("one consolidated invoice for the billing group").hasSize(1);
        var invoice = ours.get(0).at("/id").asString();
        screenshot("subscriptions-billing-run");
        click(By.id("billing-run-invoice-" + invoice));
        waitFor(ExpectedConditions.urlMatches(".*/invoices/" + invoice + "$"));
        assertThat(find(By.id("invoice-number")).getText())
                .isEqualTo(ours.get(0).at("/number").asString());
    }
}

package dev.ordino.web;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The omniCommerce phone order (../shared/seeds: "Create a new order"): a manager creates a draft, picks the
 * customer and ships to its address, adds a product, a product variant found by its SKU and a custom item, gives
 * the product a pricing rule, applies a catalog-wide promotion and a credit, finds a
 * shipping rate by the parcel's weight and picks it, switches taxes off and on, keeps JSON details, overrides
 * the order number, saves and reopens the order: every number of the Summary is the API's.
 */
class OmniCommercePhoneOrderBrowserTests extends BrowserTest {

    @Test
    void aManagerPricesAPhoneOrderAndTheSummaryIsTheApis() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var region = "O" + marker.toUpperCase();
        api.post(
                        "/tax-zones",
                        Map.of(
                                "name",
                                "Omni zone " + marker,
                                "country",
                                "US",
                                "region",
                                region,
                                "rates",
                                List.of(Map.of("taxClass", "standard", "name", "State tax", "percentage", 6.25))))
                .expect(201);
        var address =
                new LinkedHashMap<String, Object>(OrderFixtures.address("Office", "5 Omni Way", "Portland", "97201"));
        address.put("region", region);
        var customer = fixtures.aBusinessCustomer("omni")
                .company("Omni Buyers " + marker)
                .withAddress(address)
                .create();
        var lamp = fixtures.aProduct("OMN")
                .named("Desk lamp " + marker)
                .priced("120.00")
                .with("weightGrams", 2000)
                .create();
        var teeMedium = "TEE-M-" + marker;
        fixtures.aProduct("TEE")
                .named("Logo tee " + marker)
                .priced("10.00")
                .with(
                        "variants",
                        List.of(
                                Map.of("sku", "TEE-S-" + marker, "name", "Small"),
                                Map.of("sku", teeMedium, "name", "Medium", "price", usd("12.00"))))
                .create();
        var rule = api.post(
                        "/pricing-rules",
                        Map.of(
                                "name",
                                "Wholesale " + marker,
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                "15",
                                "productIds",
                                List.of(lamp.id())))
                .expect(201)
                .at("/id");
        var promotion = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Phone week " + marker,
                                "scope",
                                "ORDER",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                10))
                .expect(201)
                .at("/id");
        var ground = "ground-" + marker;
        api.post(
                        "/shipping-methods",
                        Map.of(
                                "code",
                                ground,
                                "name",
                                "Ground " + marker,
                                "carrier",
                                "UPS",
                                "countries",
                                List.of("US"),
                                "basis",
                                "WEIGHT",
                                "currency",
                                "USD",
                                "rates",
                                List.of(
                                        Map.of("from", 0, "upTo", 5000, "price", usd("9.00")),
                                        Map.of("from", 5000, "price", usd("19.00")))))
                .expect(201);
        signIn(aUser("MANAGER", null, marker));

        click(By.id("create-order"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
        var orderId = currentOrderId();
        assertThat(find(By.id("shipping-needs-address")).getText()).contains("Add a shipping address");

        // The customer, picked, and her office as the shipping address
        type(By.id("customer-q"), "Omni Buyers " + marker);
        click(By.cssSelector("#customer-matches button[value='" + customer.id() + "']"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("order-customer"), "Omni Buyers"));
        new Select(find(By.id("shippingChoice"))).selectByValue(customer.addressId());
        click(By.id("save-details"));
        find(By.id("notice"));

        // A product
        click(By.id("add-items"));
        type(By.id("picker-q"), "Desk lamp " + marker);
        click(By.id("pick-" + lamp.sku()));
        click(By.id("picker-add"));
        assertThat(notice()).isEqualTo("1 item added.");

        // A product variant, found by its SKU, and a custom item for the engraving
        click(By.id("add-items"));
        type(By.id("picker-q"), teeMedium);
        click(By.id("variant-" + teeMedium));
        click(By.id("picker-add"));
        assertThat(notice()).isEqualTo("1 item added.");
        click(By.id("add-custom-item"));
        type(By.id("custom-title"), "Engraving " + marker);
        type(By.id("custom-price"), "15.00");
        type(By.id("custom-quantity"), "2");
        click(By.id("custom-save"));
        assertThat(notice()).isEqualTo("Engraving " + marker + " added.");

        // The lamp's pricing rule
        click(By.cssSelector("#lines li[data-sku='" + lamp.sku() + "'] a"));
        new Select(find(By.id("line-pricing-rule"))).selectByValue(rule);
        click(By.id("save-pricing-rule"));
        assertThat(notice()).isEqualTo("Pricing rule saved.");
        assertThat(find(By.id("line-discounts")).getText()).contains("Wholesale " + marker);

        // Discounts: a catalog-wide promotion and a credit with its reason. The section saves in place (htmx):
        // the page is not loaded again, and the Summary follows.
        var totalBefore = find(By.id("total")).getText();
        browser.executeScript("window.stillThisPage = true");
        new Select(find(By.id("promotion-id"))).selectByValue(promotion);
        click(By.id("apply-promotion"));
        assertThat(notice()).isEqualTo("Promotion applied.");
        assertThat(browser.executeScript("return window.stillThisPage === true"))
                .as("saved in place")
                .isEqualTo(true);
        assertThat(find(By.id("total")).getText()).isNotEqualTo(totalBefore);
        new Select(find(By.id("adjustment-kind"))).selectByValue("CREDIT");
        type(By.id("adjustment-amount"), "5.00");
        type(By.id("adjustment-reason"), "Called twice");
        click(By.id("add-adjustment"));
        assertThat(notice()).isEqualTo("Credit added.");
        assertThat(find(By.id("discount-list")).getText()).contains("Phone week " + marker, "Credit: Called twice");

        // Shipping: the parcel weighs 6 kg, Find rates, pick Ground
        type(By.id("parcel-weight"), "6000");
        click(By.id("find-rates"));
        click(By.id("rate-" + ground));
        assertThat(find(By.cssSelector("label[for='rate-" + ground + "']")).getText())
                .contains("19.00 USD");
        click(By.id("choose-rate"));
        assertThat(notice()).isEqualTo("Shipping saved.");
        assertThat(find(By.id("shipping-method")).getText()).contains("Ground " + marker, "19.00 USD");

        // Taxes off, then on again
        assertThat(find(By.id("tax-lines")).getText()).contains("State tax");
        click(By.id("taxes-enabled"));
        click(By.id("save-taxes"));
        assertThat(notice()).isEqualTo("Taxes off.");
        assertThat(api.get("/orders/" + orderId)
                        .expect(200)
                        .json()
                        .at("/totals/tax/amount")
                        .asString())
                .isEqualTo("0.00");
        click(By.id("taxes-enabled"));
        click(By.id("save-taxes"));
        assertThat(notice()).isEqualTo("Taxes on.");

        // JSON details, and the number the caller quoted
        new Select(find(By.id("details-format"))).selectByValue("json");
        type(By.id("details-text"), "{\"callId\": \"" + marker + "\", \"giftWrap\": true}");
        click(By.id("save-details-text"));
        assertThat(notice()).isEqualTo("Details saved.");
        assertThat(find(By.id("details-pretty")).getText()).contains("\"giftWrap\" : true");
        var number = "PHONE-" + marker.toUpperCase();
        type(By.id("order-number-override"), number);
        click(By.id("save-number"));
        assertThat(notice()).isEqualTo("Number saved.");
        assertThat(unlabelledControls())
                .as("order page with its pricing sections")
                .isEmpty();

        click(By.id("save-and-close"));
        waitFor(ExpectedConditions.urlMatches(".*/orders$"));
        open("/orders/" + orderId);
        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/number").asString()).isEqualTo(number);
        assertThat(order.at("/lines").size()).isEqualTo(3);
        assertThat(order.at("/lines/0/pricingRule/name").asString()).isEqualTo("Wholesale " + marker);
        assertThat(order.at("/lines/1/sku").asString()).isEqualTo(teeMedium);
        assertThat(order.at("/lines/1/unitPrice/amount").asString()).isEqualTo("12.00");
        assertThat(order.at("/lines/2/custom").asBoolean()).isTrue();
        assertThat(order.at("/lines/2/total/amount").asString()).isEqualTo("30.00");
        assertThat(order.at("/discounts/0/applied").asBoolean()).isTrue();
        assertThat(order.at("/pricing/shipping/name").asString()).isEqualTo("Ground " + marker);
        assertThat(order.at("/pricing/taxesEnabled").asBoolean()).isTrue();
        assertThat(order.at("/details/format").asString()).isEqualTo("json");
        var totals = order.at("/totals");
        assertThat(money(totals, "tax")).as("taxes are back on").isNotEqualTo("0.00 USD");
        assertThat(money(totals, "credits")).isEqualTo("5.00 USD");
        assertThat(summary())
                .containsExactly(
                        money(totals, "subtotal"),
                        money(totals, "discounts"),
                        money(totals, "credits"),
                        money(totals, "shipping"),
                        money(totals, "tax"),
                        money(totals, "tooling"),
                        money(totals, "otherCosts"),
                        money(totals, "total"),
                        // and where its payment stands, as the API says
                        order.at("/paymentStatus").asString(),
                        money(order, "amountPaid"),
                        money(order, "amountDue"));
        assertThat(find(By.id("total")).getText()).isEqualTo(money(totals, "total"));
        // the Summary and the pricing sections in one picture: a viewport tall enough for both, for a moment
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 2300, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.executeScript("window.scrollTo(0, 0)");
            screenshot("phone-order-pricing");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The Summary's numbers as the page shows them, top to bottom. */
    private List<String> summary() {
        return all(By.cssSelector("#totals dd")).stream()
                .map(dd -> dd.getText())
                .toList();
    }

    private static String money(JsonNode totals, String field) {
        return totals.at("/" + field + "/amount").asString() + " "
                + totals.at("/" + field + "/currency").asString();
    }
}

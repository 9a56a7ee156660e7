package dev.ordino.web;

import static dev.ordino.support.OrderFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * FlexPortal's rental order: staff start an order, find a MacBook by its variant's SKU, pick the variant and
 * a 24-month contract; the line shows the monthly price, the Summary the monthly total and the contract value
 * (monthly price × months × quantity), each as the API says.
 */
class RentalOrderBrowserTests extends BrowserTest {

    @Test
    void staffRentAMacBookVariantOnA24MonthContract() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var small = "MBP14-" + marker;
        var large = "MBP16-" + marker;
        fixtures.aProduct("MBP")
                .named("MacBook Pro " + marker)
                .priced("2399.00")
                .with(
                        "variants",
                        List.of(
                                Map.of(
                                        "sku",
                                        small,
                                        "name",
                                        "14-inch",
                                        "contractPrices",
                                        List.of(
                                                Map.of("months", 12, "monthlyPrice", usd("129.00")),
                                                Map.of("months", 24, "monthlyPrice", usd("99.00")),
                                                Map.of("months", 36, "monthlyPrice", usd("79.00")))),
                                Map.of(
                                        "sku",
                                        large,
                                        "name",
                                        "16-inch",
                                        "price",
                                        usd("2999.00"),
                                        "contractPrices",
                                        List.of(Map.of("months", 24, "monthlyPrice", usd("129.00"))))))
                .create();
        signIn(aUser("MANAGER", null, marker));

        click(By.id("create-order"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
        var orderId = currentOrderId();

        // "+ Add items": the MacBook is listed as its variants; its variant's SKU finds it
        click(By.id("add-items"));
        type(By.id("picker-q"), small);
        find(By.id("variant-" + small));
        assertThat(all(By.cssSelector("#picker-results input[type=checkbox]"))).hasSize(1);
        click(By.id("variant-" + small));
        click(By.id("picker-add"));
        assertThat(notice()).isEqualTo("1 item added.");
        assertThat(find(By.id("line-heading")).getText()).isEqualTo("MacBook Pro " + marker + " – 14-inch");
        assertThat(browser.findElement(By.cssSelector("[data-remaining-box]")).isDisplayed())
                .as("no red remaining counter for a line without splits")
                .isFalse();

        // 24 months, the monthly price shown with each length
        var contract = new Select(find(By.id("contractMonths")));
        assertThat(contract.getOptions().stream().map(o -> o.getText()).toList())
                .contains("24 months · 99.00 USD / month", "36 months · 79.00 USD / month");
        contract.selectByValue("24");
        click(By.id("save-contract"));
        assertThat(notice()).isEqualTo("Contract length saved.");
        assertThat(find(By.id("line-contract")).getText()).isEqualTo("24-month contract · 99.00 / month");
        assertThat(find(By.cssSelector("#lines li[data-sku='" + small + "']")).getText())
                .contains("24 mo");
        assertThat(unlabelledControls()).isEmpty();

        var totals = api.get("/orders/" + orderId).expect(200).json().at("/totals");
        assertThat(totals.at("/monthlyTotal/amount").asString()).isEqualTo("99.00");
        assertThat(totals.at("/contractValue/amount").asString()).isEqualTo("2376.00");
        assertThat(find(By.id("monthly-total")).getText())
                .isEqualTo(totals.at("/monthlyTotal/amount").asString() + " USD");
        assertThat(find(By.id("contract-value")).getText())
                .isEqualTo(totals.at("/contractValue/amount").asString() + " USD");
        screenshot("rental-order");
    }
}

package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Lumi guide, clicked through by a buyer: select items, Add to order, splits across two plants and a
 * custom date, review, accept the terms, submit, retract, clone, delete the clone.
 */
class LumiFlowBrowserTests extends BrowserTest {

    @Test
    void aBuyerCreatesReviewsSubmitsRetractsClonesAndDeletesAnOrder() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        PortalChannel.ensure(api);
        var customer = fixtures.aBusinessCustomer("lumi")
                .withAddress(OrderFixtures.address("Plant 1", "1 Foundry Road", "Dayton", "45402"))
                .withAddress(OrderFixtures.address("Plant 2", "2 Mill Street", "Toledo", "43604"))
                .create();
        var widget = fixtures.aProduct("WID")
                .named("Widget " + marker)
                .priced("12.50")
                .leadTimeDays(10)
                .create();
        var gadget = fixtures.aProduct("GAD")
                .named("Gadget " + marker)
                .priced("40.00")
                .leadTimeDays(5)
                .create();
        var retired = fixtures.aProduct("OLD")
                .named("Retired " + marker)
                .with("purchasable", false)
                .create();
        var buyer = aUser("BUYER", customer.id(), marker);

        signIn(buyer);
        assertThat(find(By.cssSelector(".navbar-brand")).getText()).contains("Buyer portal");

        // Items view: select two items, "Add to order" → "Create new order"
        open("/products?q=" + marker);
        find(By.cssSelector("tr[data-sku='" + widget.sku() + "']"));
        assertThat(find(By.cssSelector("tr[data-sku='" + retired.sku() + "'] input"))
                        .isEnabled())
                .as("an item that is not purchasable cannot be selected")
                .isFalse();
        click(By.cssSelector("tr[data-sku='" + widget.sku() + "'] input"));
        click(By.cssSelector("tr[data-sku='" + gadget.sku() + "'] input"));
        click(By.id("add-to-order"));
        click(By.id("add-to-new-order"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
        var orderId = currentOrderId();
        assertThat(statusBadge()).isEqualTo("Draft");
        assertThat(all(By.cssSelector("#lines li[data-sku]"))).hasSize(2);
        assertThat(all(By.cssSelector("#lines li[data-complete=true]"))).isEmpty();

        // The widget: 10 split 6 to Plant 1 and 4 to Plant 2 on the standard schedule
        click(By.linkText("Widget " + marker));
        type(By.id("quantity"), "10");
        click(By.id("add-split"));
        click(By.id("add-split"));
        new Select(find(By.id("split-0-locationId"))).selectByVisibleText("Plant 1 · Dayton");
        type(By.id("split-0-quantity"), "6");
        assertThat(find(By.id("remaining")).getText()).isEqualTo("4");
        new Select(find(By.id("split-1-locationId"))).selectByVisibleText("Plant 2 · Toledo");
        type(By.id("split-1-quantity"), "4");
        assertThat(find(By.id("remaining")).getText()).isEqualTo("0");
        screenshot("order-page-splits");
        click(By.id("save-line"));
        assertThat(notice()).isEqualTo("Item saved.");
        assertThat(find(By.cssSelector("#lines li[data-sku='" + widget.sku() + "']"))
                        .getAttribute("data-complete"))
                .isEqualTo("true");

        // The gadget: 2 on a custom date to Plant 2
        click(By.linkText("Gadget " + marker));
        type(By.id("quantity"), "2");
        click(By.id("mode-custom"));
        click(By.id("add-split"));
        new Select(find(By.id("split-0-locationId"))).selectByVisibleText("Plant 2 · Toledo");
        type(By.id("split-0-quantity"), "2");
        var customDate = LocalDate.now().plusDays(45);
        find(By.id("split-0-date")).sendKeys(dateKeys(customDate));
        click(By.id("save-line"));
        assertThat(notice()).isEqualTo("Item saved.");
        assertThat(all(By.cssSelector("#lines li[data-complete=true]"))).hasSize(2);

        // A reference id for the buyer's PO system, saved with the details
        type(By.id("referenceId"), "PO-" + marker);
        click(By.id("save-details"));
        assertThat(notice()).isEqualTo("Saved.");

        // Review: the sections of the Lumi page, then the terms and Submit
        click(By.id("action-review"));
        waitFor(ExpectedConditions.urlContains("/review"));
        assertThat(find(By.id("delivery-schedule")).getText()).contains("Plant 1", "Plant 2", customDate.toString());
        assertThat(find(By.id("review-items")).getText()).contains("Widget " + marker, "12.50 USD", "125.00 USD");
        assertThat(find(By.id("total-known")).getText()).isEqualTo("205.00 USD");
        assertThat(find(By.id("billing-schedule")).getText()).contains("USD");
        screenshot("review-page");
        click(By.id("submit-order"));
        assertThat(find(By.cssSelector("#accept-terms.is-invalid")).isDisplayed())
                .as("submitting without ticking the terms is refused next to the checkbox")
                .isTrue();
        assertThat(statusBadge()).isEqualTo("Draft");
        click(By.id("accept-terms"));
        click(By.id("submit-order"));
        assertThat(notice()).contains("is now submitted");
        assertThat(statusBadge()).isEqualTo("Submitted");
        assertThat(all(By.id("action-accept"))).as("a buyer never accepts").isEmpty();

        // Retract: back to a draft
        click(By.id("action-retract"));
        assertThat(notice()).contains("is now draft");
        assertThat(statusBadge()).isEqualTo("Draft");

        // Clone: a new draft with the same items and splits; the custom date is dropped
        click(By.id("action-clone"));
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains(orderId)));
        assertThat(notice()).contains("Cloned as draft", "Custom dates were reset");
        var cloneId = currentOrderId();
        assertThat(all(By.cssSelector("#lines li[data-sku]"))).hasSize(2);

        // Delete the clone (asks first)
        click(By.id("action-delete"));
        browser.switchTo().alert().accept();
        waitFor(ExpectedConditions.urlMatches(".*/orders$"));
        assertThat(notice()).isEqualTo("The draft was deleted.");
        api.get("/orders/" + cloneId).expect(404);
        var original = api.get("/orders/" + orderId).expect(200).json();
        assertThat(original.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(original.at("/referenceId").asString()).isEqualTo("PO-" + marker);
        for (var line : original.at("/lines")) {
            var splits = line.at("/splits").size();
            assertThat(splits)
                    .as(line.at("/sku").asString())
                    .isEqualTo(line.at("/sku").asString().equals(widget.sku()) ? 2 : 1);
        }
    }

    /** What a person types into a date field (Chromium's input follows the locale: month, day, year here). */
    private static String dateKeys(LocalDate date) {
        return String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /** The portal's channel (ordino.portal-channel, "buyer-portal"): reviews orders and asks for terms. */
    static final class PortalChannel {

        static synchronized void ensure(dev.ordino.support.Api api) {
            var found = api.get("/channels?q=buyer-portal").expect(200).json();
            for (var channel : found.at("/items")) {
                if (channel.at("/code").asString().equals("buyer-portal")) {
                    return;
                }
            }
            api.post(
                            "/channels",
                            Map.of(
                                    "code", "buyer-portal",
                                    "name", "Buyer portal",
                                    "workflow", "REVIEW",
                                    "requiresTerms", true,
                                    "termsVersion", OrderFixtures.TERMS_VERSION,
                                    "termsText", "Orders are reviewed for feasibility before they are accepted."))
                    .expect(201);
        }
    }
}

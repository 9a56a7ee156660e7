package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The omniCommerce billing walk (issue 19 §10): a manager sends a phone draft's invoice with an edited message;
 * the customer opens the e-mail's checkout link without signing in, is declined with one test card and pays
 * with another; the manager sees the order confirmed and paid, refunds part of it and finds the credit note.
 * And the manual payment: cash with a reference, accepted on the Payments tab, places a draft.
 */
class InvoiceCheckoutBrowserTests extends BrowserTest {

    @Test
    void aManagerSendsTheInvoiceTheCustomerPaysByLinkAndTheManagerRefundsPart() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("INVB")
                .named("Espresso machine " + marker)
                .priced("40.00")
                .create();
        var customer = fixtures.anIndividualCustomer("payer")
                .named("Paula", "Payer " + marker)
                .withAddress(OrderFixtures.address("Home", "1 Elm St", "Austin", "73301"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, product.id(), 2, null).create();
        var total = api.get("/orders/" + orderId + "/invoice-preview")
                .expect(200)
                .json()
                .at("/totals/total/amount")
                .asString();
        var manager = aUser("MANAGER", null, marker);
        signIn(manager);

        // The Invoice tab: the preview with the order's total, and Send invoice with an edited message
        open("/orders/" + orderId);
        click(By.id("tab-invoice"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/invoice$"));
        assertThat(find(By.id("invoice-preview")).getText()).contains("Preview", "Espresso machine " + marker, total);
        assertThat(find(By.cssSelector("#invoice-preview .invoice-total")).getText())
                .contains(total);
        assertThat(find(By.cssSelector("#invoice-preview .invoice-header")).getCssValue("display"))
                .as("the preview is laid out by invoice.css")
                .isEqualTo("table");
        assertThat(find(By.id("invoice-download")).getAttribute("href"))
                .endsWith("/orders/" + orderId + "/invoice.pdf");
        assertThat(find(By.id("send-invoice-to")).getAttribute("value")).isEqualTo("payer-" + marker + "@example.com");
        assertThat(unlabelledControls()).as("Invoice tab").isEmpty();
        screenshot("billing-invoice-tab");
        var message = "Thanks for your call, Paula! Order reference " + marker + ".";
        type(By.id("send-invoice-message"), message);
        click(By.id("send-invoice"));
        assertThat(notice()).startsWith("Invoice sent for order ").endsWith("with its checkout link.");
        assertThat(statusBadge()).isEqualTo("Invoice sent");
        assertThat(find(By.id("issued-invoices")).getText()).contains("INV-", "OPEN", total);
        assertThat(api.get("/orders/" + orderId)
                        .expect(200)
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("INVOICE_SENT");
        var checkoutUrl =
                api.get("/orders/" + orderId + "/checkout-link").expect(200).at("/url");
        click(By.id("checkout-link-show"));
        assertThat(find(By.id("checkout-link-url")).getAttribute("value")).isEqualTo(checkoutUrl);
        click(By.id("checkout-link-copy"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout-link-copy"), "Copied"));
        assertThat(unlabelledControls()).as("Invoice tab, sent").isEmpty();
        screenshot("billing-invoice-sent");

        // The outbox: the e-mail with the message, the PDF and the checkout link
        open("/emails?orderId=" + orderId);
        assertThat(unlabelledControls()).as("outbox").isEmpty();
        click(By.cssSelector("#emails tbody a[href^='/emails/']"));
        waitFor(ExpectedConditions.urlMatches(".*/emails/[0-9a-f-]{36}$"));
        assertThat(find(By.id("text")).getText()).contains(message);
        assertThat(find(By.id("text")).getText())
                .as("the e-mail's lines as it has them")
                .contains(message + "\n\nYour invoice ", "Pay securely online:\n" + checkoutUrl + "\n");
        assertThat(find(By.id("attachments")).getText()).contains(".pdf");
        var link = find(By.cssSelector("#text a[href*='/checkout/']")).getAttribute("href");
        assertThat(link).isEqualTo(checkoutUrl);
        screenshot("billing-invoice-email");

        // The customer, not signed in, opens the link (its host is ORDINO_PUBLIC_URL; here the test's server)
        browser.manage().deleteAllCookies();
        var checkout = URI.create(link).getRawPath();
        open(checkout);
        assertThat(find(By.id("checkout-total")).getText()).isEqualTo(total + " USD");
        assertThat(find(By.id("checkout-amount-due")).getText()).isEqualTo(total + " USD");
        assertThat(find(By.id("checkout-sandbox-note")).getText()).contains("pm_card_visa");
        assertThat(unlabelledControls()).as("checkout").isEmpty();
        screenshot("billing-checkout");

        // A declined card: the page says so, and nothing is paid
        type(By.id("checkout-payment-method"), "pm_card_chargeDeclined");
        click(By.id("checkout-pay-button"));
        assertThat(find(By.id("checkout-errors")).getText()).containsIgnoringCase("declined");
        assertThat(find(By.id("checkout-amount-due")).getText()).isEqualTo(total + " USD");
        assertThat(find(By.id("checkout-payment-method")).getAttribute("value")).isEqualTo("pm_card_chargeDeclined");
        screenshot("billing-checkout-declined");
        var declined = api.get("/orders/" + orderId).expect(200).json();
        assertThat(declined.at("/status").asString()).isEqualTo("INVOICE_SENT");
        assertThat(declined.at("/paymentStatus").asString()).isEqualTo("UNPAID");

        // The test Visa card: paid
        type(By.id("checkout-payment-method"), "pm_card_visa");
        click(By.id("checkout-pay-button"));
        assertThat(find(By.id("checkout-paid")).getText()).contains("is paid", total + " USD");
        screenshot("billing-checkout-paid");
        open(checkout);
        assertThat(find(By.id("checkout-closed")).getText()).contains("no longer works");

        // Back as the manager: the order confirmed and paid
        signIn(manager);
        open("/orders/" + orderId + "/payments");
        assertThat(statusBadge()).isEqualTo("Confirmed");
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("PAID");
        assertThat(find(By.id("amount-paid")).getText()).isEqualTo(total + " USD");
        assertThat(find(By.id("amount-due")).getText())
                .as("with its currency, as Paid")
                .isEqualTo("0.00 USD");
        // the declined attempt is listed with the provider's message, the payment that went through after it
        assertThat(find(By.id("transactions")).getText()).contains("FAILED", "Your card was declined.");
        var sale = find(By.xpath("//table[@id='transactions']//tr[contains(., 'SUCCEEDED')]"))
                .getAttribute("id")
                .replace("transaction-", "");
        assertThat(find(By.id("transaction-" + sale)).getText()).contains("SALE", "CHECKOUT", "sandbox", total);
        assertThat(unlabelledControls()).as("Payments tab").isEmpty();
        screenshot("billing-payments-paid");

        // Refund part of it: partially refunded, and a credit note issued
        click(By.id("refund-" + sale));
        type(By.id("refund-amount-" + sale), "15.00");
        type(By.id("refund-reason-" + sale), "One cup arrived chipped");
        click(By.id("refund-confirm-" + sale));
        assertThat(notice()).isEqualTo("Refunded 15.00 USD; a credit note was issued.");
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(find(By.id("amount-refunded")).getText()).isEqualTo("15.00 USD");
        assertThat(find(By.id("transactions")).getText()).contains("REFUND", "15.00");
        screenshot("billing-payments-refunded");

        click(By.id("tab-invoice"));
        var issued = find(By.id("issued-invoices")).getText();
        assertThat(issued).contains("INV-", "PAID", "CN-", "credit note", "15.00");
        click(By.cssSelector("#issued-invoices a[href^='/invoices/']:not([href$='.pdf'])"));
        assertThat(find(By.id("invoice-number")).getText()).isNotBlank();
        open("/invoices");
        assertThat(unlabelledControls()).as("Invoices list").isEmpty();
        screenshot("billing-invoices");
        var creditNote =
                api.get("/invoices?orderId=" + orderId).expect(200).json().at("/items");
        var creditNoteNumber = java.util.stream.StreamSupport.stream(creditNote.spliterator(), false)
                .filter(i -> i.at("/kind").asString().equals("CREDIT_NOTE"))
                .findFirst()
                .orElseThrow()
                .at("/number")
                .asString();
        assertThat(creditNoteNumber).startsWith("CN-");
        click(By.linkText(creditNoteNumber));
        assertThat(find(By.id("invoice-number")).getText()).isEqualTo(creditNoteNumber);
        assertThat(find(By.tagName("h1")).getText()).startsWith("Credit note");
        assertThat(find(By.cssSelector(".invoice .invoice-header")).getCssValue("display"))
                .as("the credit note is laid out by invoice.css")
                .isEqualTo("table");
        screenshot("billing-credit-note");
    }

    @Test
    void aClerkAcceptsCashWithAReferenceAndTheDraftIsPlaced() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("CASH").priced("25.00").create();
        var customer = fixtures.aBusinessCustomer("cash")
                .withAddress(OrderFixtures.address("Shop", "2 Main St", "Austin", "73301"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, product.id(), 3, null).create();
        signIn(aUser("CLERK", null, marker));

        open("/orders/" + orderId);
        click(By.id("tab-payments"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/payments$"));
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("UNPAID");
        var due = find(By.id("payment-amount")).getAttribute("value");
        assertThat(due)
                .isEqualTo(api.get("/orders/" + orderId)
                        .expect(200)
                        .json()
                        .at("/totals/total/amount")
                        .asString());
        new Select(find(By.id("payment-method"))).selectByValue("MANUAL");
        type(By.id("payment-reference"), "Cash at the counter " + marker);
        assertThat(unlabelledControls()).as("Payments tab of a draft").isEmpty();
        screenshot("billing-accept-payment");
        click(By.id("accept-payment-button"));

        assertThat(notice()).isEqualTo("Payment of " + due + " USD received.");
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("PAID");
        assertThat(statusBadge()).isNotEqualTo("Draft");
        assertThat(find(By.id("transactions")).getText()).contains("MANUAL", "Cash at the counter " + marker, due);
        assertThat(all(By.id("accept-payment"))).as("nothing left to pay").isEmpty();
        var order = api.get("/orders/" + orderId).expect(200).json();
        assertThat(order.at("/status").asString()).isIn("PENDING", "CONFIRMED");
        assertThat(order.at("/paymentStatus").asString()).isEqualTo("PAID");
    }

    @Test
    void wrongAmountsAndAnEmptyCardAreRefusedOnTheirPageAndNothingChanges() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("REFU").priced("30.00").create();
        var customer = fixtures.anIndividualCustomer("refusal")
                .withAddress(OrderFixtures.address("Home", "3 Oak St", "Austin", "73301"))
                .create();
        var paid = fixtures.aCompleteDraft(customer, product.id(), 1, null).create();
        var sale = api.post("/orders/" + paid + "/payments", java.util.Map.of("method", "MANUAL"))
                .expect(201)
                .at("/id");
        var invoiced = fixtures.aCompleteDraft(customer, product.id(), 1, null).create();
        api.post("/orders/" + invoiced + "/send-invoice", java.util.Map.of()).expect(200);
        var checkout = URI.create(api.get("/orders/" + invoiced + "/checkout-link")
                        .expect(200)
                        .at("/url"))
                .getRawPath();
        signIn(aUser("MANAGER", null, marker));

        // A refund beyond the payment, and one that is no amount: a message on the tab, nothing refunded
        open("/orders/" + paid + "/payments");
        click(By.id("refund-" + sale));
        type(By.id("refund-amount-" + sale), "31.00");
        click(By.id("refund-confirm-" + sale));
        assertThat(find(By.id("problem")).getText()).isNotBlank();
        click(By.id("refund-" + sale));
        type(By.id("refund-amount-" + sale), "lots");
        click(By.id("refund-confirm-" + sale));
        assertThat(find(By.id("problem")).getText()).contains("amount");
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("PAID");
        assertThat(find(By.id("amount-refunded")).getText()).isEqualTo("0.00 USD");

        // An amount that is no number when accepting a payment
        open("/orders/" + invoiced + "/payments");
        type(By.id("payment-amount"), "12,50.7");
        click(By.id("accept-payment-button"));
        assertThat(find(By.id("problem")).getText()).contains("amount");
        assertThat(find(By.id("payment-status")).getText()).isEqualTo("UNPAID");

        // The customer sends no card: the checkout says so
        browser.manage().deleteAllCookies();
        open(checkout);
        withoutBrowserValidation();
        find(By.id("checkout-payment-method")).clear();
        click(By.id("checkout-pay-button"));
        assertThat(find(By.id("checkout-errors")).getText()).isNotBlank();
        assertThat(find(By.id("checkout-amount-due")).getText()).isEqualTo("30.00 USD");
        assertThat(api.get("/orders/" + invoiced)
                        .expect(200)
                        .json()
                        .at("/paymentStatus")
                        .asString())
                .isEqualTo("UNPAID");
    }
}

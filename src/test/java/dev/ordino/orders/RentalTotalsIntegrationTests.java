package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rental order shows what it costs a month and over its contracts wherever a one-time order shows its total
 * (issue 18): FlexPortal's contract value is the monthly price × months × quantity, and the rental lines' monthly
 * tax counts in {@code totals.tax}.
 */
class RentalTotalsIntegrationTests extends IntegrationTest {

    private OrderFixtures fx;
    private String marker;
    private OrderFixtures.Customer customer;
    private String laptop;
    private String cable;

    @BeforeEach
    void catalogCustomerAndTax() {
        fx = new OrderFixtures(api);
        marker = fx.marker();
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
                                List.of(Map.of("taxClass", "standard", "name", "Sales tax", "percentage", 10.0))))
                .expect(201);
        var address = new LinkedHashMap<String, Object>();
        address.put("label", "HQ");
        address.put("line1", "1 Rental Way");
        address.put("city", "Austin");
        address.put("region", region);
        address.put("postalCode", "78701");
        address.put("country", "US");
        customer = fx.aBusinessCustomer("rent").withAddress(address).create();
        laptop = fx.aProduct("MBP")
                .named("MacBook " + marker)
                .priced("2399.00")
                .with("contractPrices", List.of(Map.of("months", 24, "monthlyPrice", OrderFixtures.usd("45.00"))))
                .create()
                .id();
        cable = fx.aProduct("CBL")
                .named("Cable " + marker)
                .priced("20.00")
                .create()
                .id();
    }

    private String rentalOrder(boolean withOneTimeLine) {
        var draft = fx.aDraft()
                .forCustomer(customer)
                .reference("RENT-" + marker)
                .withLine(Map.of("productId", laptop, "quantity", 3, "contractMonths", 24));
        if (withOneTimeLine) {
            draft.withLine(cable, 1);
        }
        return draft.create();
    }

    @Test
    void aRentalOrdersTotalsCountItsMonthlyTaxAndItsContractValue() {
        var id = rentalOrder(false);
        var totals = api.get("/orders/" + id).expect(200).json().at("/totals");
        assertThat(totals.at("/monthlyTotal/amount").asString()).isEqualTo("148.50"); // 3 × 45.00 + 10 % tax
        assertThat(totals.at("/monthlyTax/amount").asString()).isEqualTo("13.50");
        assertThat(totals.at("/contractValue/amount").asString()).isEqualTo("3564.00"); // × 24 months
        assertThat(totals.at("/tax/amount").asString())
                .as("the rental lines' monthly tax counts in totals.tax")
                .isEqualTo("13.50");
        assertThat(totals.at("/total/amount").asString()).isEqualTo("0.00");

        var row = api.get("/orders?q=rent-" + marker).expect(200).json().at("/items/0");
        assertThat(row.at("/monthlyTotal/amount").asString()).isEqualTo("148.50");
        assertThat(row.at("/monthlyTax/amount").asString()).isEqualTo("13.50");
        assertThat(row.at("/contractValue/amount").asString()).isEqualTo("3564.00");

        var review = api.get("/orders/" + id + "/review").expect(200).json();
        assertThat(review.at("/monthlyTax/amount").asString()).isEqualTo("13.50");
        assertThat(review.at("/tax/amount").asString()).isEqualTo("13.50");
    }

    @Test
    void theListTheSummaryAndTheReviewShowARentalsMonthlyTotalAndContractValueInsteadOfTotalZero() {
        var id = rentalOrder(false);
        var clerk = FormClient.signedIn(api, port(), "CLERK", null);

        var page = clerk.get("/orders/" + id).body();
        assertThat(page).contains("id=\"monthly-total\">148.50 USD<", "id=\"contract-value\">3564.00 USD<");
        assertThat(page).contains("id=\"monthly-tax\">13.50 USD<");
        assertThat(page).as("no Total 0.00 for an order of rentals only").doesNotContain("id=\"total\"");

        var list = clerk.get("/orders?q=rent-" + marker).body();
        assertThat(list).contains("148.50 USD / month", "contract 3564.00 USD").doesNotContain(">0.00 USD<");

        var review = clerk.get("/orders/" + id + "/review").body();
        assertThat(review)
                .contains("id=\"review-monthly-total\">148.50 USD<", "id=\"review-contract-value\">3564.00 USD<")
                .doesNotContain("id=\"total-known\"");
    }

    @Test
    void aMixedOrderShowsItsOneTimeTotalAndItsRentalTotalsBoth() {
        var id = rentalOrder(true);
        var totals = api.get("/orders/" + id).expect(200).json().at("/totals");
        assertThat(totals.at("/total/amount").asString()).isEqualTo("22.00"); // the cable with its tax
        assertThat(totals.at("/tax/amount").asString()).isEqualTo("15.50"); // 2.00 once + 13.50 a month

        var clerk = FormClient.signedIn(api, port(), "CLERK", null);
        var page = clerk.get("/orders/" + id).body();
        assertThat(page).contains("id=\"total\">22.00 USD<", "id=\"monthly-total\">148.50 USD<");
        var list = clerk.get("/orders?q=rent-" + marker).body();
        assertThat(list).contains("22.00 USD", "148.50 USD / month");
    }
}

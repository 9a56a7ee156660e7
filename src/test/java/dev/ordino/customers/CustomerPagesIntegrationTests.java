package dev.ordino.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer forms over plain HTTP (issue 18, defect 6): a billing group problem is shown beside a billing
 * group field and the group can be left in the same save; the order page's "Create a customer" takes a phone;
 * a business needs a company name, on both forms.
 */
class CustomerPagesIntegrationTests extends IntegrationTest {

    private String marker;
    private OrderFixtures fixtures;
    private FormClient clerk;

    @BeforeEach
    void signIn() {
        marker = OrderFixtures.newMarker();
        fixtures = new OrderFixtures(api, marker);
        clerk = FormClient.signedIn(api, port(), "CLERK", null);
    }

    @Test
    void switchingABusinessInABillingGroupToIndividualSaysWhyBesideTheGroupAndLeavesItWhenAskedTo() {
        var group = api.post("/billing-groups", Map.of("name", "Contoso group " + marker))
                .expect(201)
                .at("/id");
        var contoso = fixtures.aBusinessCustomer("contoso")
                .company("Contoso " + marker)
                .with("billingGroupId", group)
                .create();
        var page = clerk.get("/customers/" + contoso.id()).body();
        assertThat(field(page, "c-billing-group")).contains("Contoso group " + marker);

        var form = Map.of(
                "type", "INDIVIDUAL",
                "email", "contoso-" + marker + "@example.com",
                "firstName", "Ann",
                "lastName", "Contoso",
                "companyName", "Contoso " + marker,
                "paymentTerms", "IMMEDIATE",
                "billingGroupId", group,
                "version", "1");
        var refused = clerk.post("/customers/" + contoso.id(), form);

        assertThat(refused.statusCode()).as("the page again, with the error").isEqualTo(200);
        var billingGroup = field(refused.body(), "c-billing-group");
        assertThat(billingGroup).contains("is-invalid");
        assertThat(feedback(refused, "c-billing-group")).contains("only business customers belong to a billing group");
        assertThat(api.get("/customers/" + contoso.id()).expect(200).at("/type"))
                .isEqualTo("BUSINESS");

        var leaving = new java.util.HashMap<>(form);
        leaving.put("billingGroupId", "");
        var saved = clerk.post("/customers/" + contoso.id(), leaving);
        assertThat(saved.statusCode()).isEqualTo(302);
        var customer = api.get("/customers/" + contoso.id()).expect(200).json();
        assertThat(customer.at("/type").asString()).isEqualTo("INDIVIDUAL");
        assertThat(customer.at("/billingGroupId").isMissingNode()
                        || customer.at("/billingGroupId").isNull())
                .isTrue();
    }

    @Test
    void savingACustomerWithoutTouchingTheGroupKeepsIt() {
        var group = api.post("/billing-groups", Map.of("name", "Keep group " + marker))
                .expect(201)
                .at("/id");
        var customer =
                fixtures.aBusinessCustomer("keep").with("billingGroupId", group).create();
        clerk.get("/customers/" + customer.id());
        var saved = clerk.post(
                "/customers/" + customer.id(),
                Map.of(
                        "type", "BUSINESS",
                        "email", "keep-" + marker + "@example.com",
                        "firstName", "Kim",
                        "lastName", "Keep",
                        "companyName", "Keep " + marker,
                        "paymentTerms", "IMMEDIATE",
                        "version", "1"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(api.get("/customers/" + customer.id()).expect(200).at("/billingGroupId"))
                .isEqualTo(group);
    }

    @Test
    void aBusinessWithoutACompanyNameIsRefusedBesideTheCompanyField() {
        clerk.get("/customers");
        var refused = clerk.post(
                "/customers",
                Map.of(
                        "type", "BUSINESS",
                        "email", "nocompany-" + marker + "@example.com",
                        "firstName", "Ned",
                        "lastName", "Nocompany",
                        "paymentTerms", "IMMEDIATE"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(field(refused.body(), "c-company")).contains("is-invalid");
        assertThat(feedback(refused, "c-company")).contains("company name");

        var draft = fixtures.aDraft().create();
        var version = api.get("/orders/" + draft).expect(200).at("/version");
        clerk.get("/orders/" + draft);
        var inline = clerk.post(
                "/orders/" + draft + "/customer",
                Map.of(
                        "type", "BUSINESS",
                        "email", "nocompany2-" + marker + "@example.com",
                        "firstName", "Ned",
                        "lastName", "Nocompany",
                        "version", version));
        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(field(inline.body(), "new-company")).contains("is-invalid");
        assertThat(feedback(inline, "new-company")).contains("company name");
    }

    @Test
    void theOrderPagesCreateACustomerTakesAPhone() {
        var draft = fixtures.aDraft().create();
        var version = api.get("/orders/" + draft).expect(200).at("/version");
        var page = clerk.get("/orders/" + draft).body();
        assertThat(page).contains("for=\"new-phone\"");
        assertThat(field(page, "new-phone")).contains("name=\"phone\"");

        var created = clerk.post(
                "/orders/" + draft + "/customer",
                Map.of(
                        "type", "INDIVIDUAL",
                        "email", "phone-" + marker + "@example.com",
                        "firstName", "Pia",
                        "lastName", "Phone",
                        "phone", " +1 937 555 0100 ",
                        "version", version));

        assertThat(created.statusCode()).isEqualTo(302);
        var customerId = api.get("/orders/" + draft).expect(200).at("/customer/id");
        assertThat(api.get("/customers/" + customerId).expect(200).at("/phone")).isEqualTo("+1 937 555 0100");
    }

    /** The opening tag of the control with this id. */
    private static String field(String page, String id) {
        var at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("the page has #" + id).isNotNegative();
        var start = page.lastIndexOf('<', at);
        var end = id.equals("c-billing-group") ? page.indexOf("</select>", at) : page.indexOf('>', at);
        return page.substring(start, end + 1);
    }

    /** The message beside the control with this id. */
    private static String feedback(HttpResponse<String> page, String id) {
        var body = page.body();
        var at = body.indexOf("class=\"invalid-feedback\"", body.indexOf("id=\"" + id + "\""));
        var text = body.substring(body.indexOf('>', at) + 1);
        return HtmlUtils.htmlUnescape(text.substring(0, text.indexOf("</div>")));
    }
}

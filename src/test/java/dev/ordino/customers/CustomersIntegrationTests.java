package dev.ordino.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.Api;
import dev.ordino.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomersIntegrationTests extends IntegrationTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String email(String name) {
        return name + "-" + unique() + "@example.com";
    }

    static Map<String, Object> address(String label, String country) {
        var address = new HashMap<String, Object>();
        address.put("label", label);
        address.put("line1", "1 Main Street");
        address.put("city", "Springfield");
        address.put("postalCode", "12345");
        address.put("country", country);
        return address;
    }

    static Map<String, Object> individual(String email) {
        var customer = new HashMap<String, Object>();
        customer.put("type", "INDIVIDUAL");
        customer.put("email", email);
        customer.put("firstName", "Ada");
        customer.put("lastName", "Lovelace");
        return customer;
    }

    static Map<String, Object> business(String email) {
        var customer = new HashMap<String, Object>();
        customer.put("type", "BUSINESS");
        customer.put("email", email);
        customer.put("firstName", "Grace");
        customer.put("lastName", "Hopper");
        customer.put("companyName", "Hopper Tooling Ltd");
        return customer;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    String billingGroup() {
        return api.post("/billing-groups", Map.of("name", "Group " + unique()))
                .expect(201)
                .at("/id");
    }

    static List<String> pointers(Api.Response response) {
        return response.json()
                .at("/errors")
                .valueStream()
                .map(e -> e.at("/pointer").asString())
                .toList();
    }

    @Test
    void createsAnIndividualWithAnAddressBook() {
        var email = email("ada");
        var created = api.post(
                        "/customers",
                        with(
                                with(individual(email), "phone", "+44 20 7946 0000"),
                                "addresses",
                                List.of(address("Home", "gb"), address("Office", "DE"))))
                .expect(201);

        var id = created.at("/id");
        assertThat(created.header("Location")).endsWith("/api/v1/customers/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        var read = api.get("/customers/" + id).expect(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        var json = read.json();
        assertThat(json.at("/type").asString()).isEqualTo("INDIVIDUAL");
        assertThat(json.at("/email").asString()).isEqualTo(email);
        assertThat(json.at("/name").asString()).isEqualTo("Ada Lovelace");
        assertThat(json.at("/phone").asString()).isEqualTo("+44 20 7946 0000");
        assertThat(json.at("/paymentTerms").asString()).isEqualTo("IMMEDIATE");
        assertThat(json.at("/billingGroupId").isNull()).isTrue();
        assertThat(json.at("/addresses").size()).isEqualTo(2);
        assertThat(json.at("/addresses/0/id").asString()).isNotBlank();
        assertThat(json.at("/addresses/0/label").asString()).isEqualTo("Home");
        assertThat(json.at("/addresses/0/country").asString()).isEqualTo("GB");
        assertThat(json.at("/addresses/1/label").asString()).isEqualTo("Office");
        assertThat(json.at("/addresses/1/postalCode").asString()).isEqualTo("12345");
    }

    @Test
    void createsABusinessWithNetTermsInABillingGroup() {
        var group = billingGroup();
        var created = api.post(
                        "/customers",
                        with(with(business(email("grace")), "paymentTerms", "NET_30"), "billingGroupId", group))
                .expect(201)
                .json();

        var read = api.get("/customers/" + created.at("/id").asString())
                .expect(200)
                .json();
        assertThat(read.at("/type").asString()).isEqualTo("BUSINESS");
        assertThat(read.at("/name").asString()).isEqualTo("Hopper Tooling Ltd");
        assertThat(read.at("/companyName").asString()).isEqualTo("Hopper Tooling Ltd");
        assertThat(read.at("/paymentTerms").asString()).isEqualTo("NET_30");
        assertThat(read.at("/billingGroupId").asString()).isEqualTo(group);
        assertThat(read.at("/addresses").size()).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownCustomer() {
        var missing = api.get("/customers/" + UUID.randomUUID()).expect(404);
        assertThat(missing.at("/type")).isEqualTo("https://ordino.dev/problems/not-found");
        api.patch("/customers/" + UUID.randomUUID(), Map.of("firstName", "X")).expect(404);
        api.post("/customers/" + UUID.randomUUID() + "/addresses", address("Home", "US"))
                .expect(404);
    }

    @Test
    void rejectsMissingAndInvalidFields() {
        var body = new HashMap<String, Object>();
        body.put("email", "not-an-email");
        body.put("lastName", "Lovelace");
        body.put("phone", "1".repeat(41));
        var response = api.post("/customers", body).expect(422);
        assertThat(pointers(response)).containsExactlyInAnyOrder("/type", "/email", "/firstName", "/phone");
    }

    @Test
    void rejectsAnUnknownCustomerType() {
        var response = api.post("/customers", with(individual(email("robot")), "type", "ROBOT"))
                .expect(422);
        assertThat(pointers(response)).containsExactly("/type");
    }

    @Test
    void rejectsPaymentTermsOtherThanImmediateForAnIndividual() {
        var response = api.post("/customers", with(individual(email("net")), "paymentTerms", "NET_14"))
                .expect(422);
        assertThat(response.at("/type")).isEqualTo("https://ordino.dev/problems/validation");
        assertThat(pointers(response)).containsExactly("/paymentTerms");
    }

    @Test
    void rejectsPatchingPaymentTermsOtherThanImmediateOntoAnIndividual() {
        var id = api.post("/customers", individual(email("patch-net")))
                .expect(201)
                .at("/id");
        var response =
                api.patch("/customers/" + id, Map.of("paymentTerms", "NET_7")).expect(422);
        assertThat(pointers(response)).containsExactly("/paymentTerms");
        assertThat(api.get("/customers/" + id).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void rejectsTurningABusinessWithNetTermsIntoAnIndividualUnlessTheTermsGoBackToImmediate() {
        var id = api.post("/customers", with(business(email("turn")), "paymentTerms", "NET_30"))
                .expect(201)
                .at("/id");
        var refused =
                api.patch("/customers/" + id, Map.of("type", "INDIVIDUAL")).expect(422);
        assertThat(pointers(refused)).containsExactly("/paymentTerms");

        var body = new HashMap<String, Object>();
        body.put("type", "INDIVIDUAL");
        body.put("paymentTerms", null);
        var turned = api.patch("/customers/" + id, body).expect(200).json();
        assertThat(turned.at("/type").asString()).isEqualTo("INDIVIDUAL");
        assertThat(turned.at("/paymentTerms").asString()).isEqualTo("IMMEDIATE");
        assertThat(turned.at("/name").asString()).isEqualTo("Grace Hopper");
    }

    @Test
    void refusesABusinessWithoutACompanyNameOnCreateAndOnPatch() {
        var body = business(email("nocompany"));
        body.remove("companyName");
        var missing = api.post("/customers", body).expect(422);
        assertThat(pointers(missing)).containsExactly("/companyName");
        assertThat(missing.at("/errors/0/code")).isEqualTo("required");
        assertThat(pointers(api.post("/customers", with(business(email("blank")), "companyName", "  "))
                        .expect(422)))
                .containsExactly("/companyName");

        var id = api.post("/customers", business(email("company"))).expect(201).at("/id");
        var cleared = new HashMap<String, Object>();
        cleared.put("companyName", null);
        assertThat(pointers(api.patch("/customers/" + id, cleared).expect(422))).containsExactly("/companyName");

        var person = api.post("/customers", individual(email("to-business")))
                .expect(201)
                .at("/id");
        assertThat(pointers(api.patch("/customers/" + person, Map.of("type", "BUSINESS"))
                        .expect(422)))
                .containsExactly("/companyName");
        api.patch("/customers/" + person, Map.of("type", "BUSINESS", "companyName", "Lovelace Engines"))
                .expect(200);
    }

    @Test
    void rejectsAnEmailThatIsAlreadyTakenIgnoringCase() {
        var email = email("taken");
        api.post("/customers", individual(email)).expect(201);

        var again = api.post("/customers", business(email.toUpperCase())).expect(409);
        assertThat(again.at("/type")).isEqualTo("https://ordino.dev/problems/conflict");
        assertThat(again.at("/errors/0/pointer")).isEqualTo("/email");
        assertThat(again.at("/errors/0/code")).isEqualTo("unique");

        var other =
                api.post("/customers", individual(email("other"))).expect(201).at("/id");
        var patched = api.patch("/customers/" + other, Map.of("email", email.toUpperCase()))
                .expect(409);
        assertThat(patched.at("/errors/0/pointer")).isEqualTo("/email");
    }

    @Test
    void keepsItsOwnEmailWhenOnlyItsCaseChanges() {
        var email = email("case");
        var id = api.post("/customers", individual(email)).expect(201).at("/id");
        var patched = api.patch("/customers/" + id, Map.of("email", email.toUpperCase()))
                .expect(200);
        assertThat(patched.at("/email")).isEqualTo(email.toUpperCase());
    }

    @Test
    void rejectsABillingGroupForAnIndividual() {
        var group = billingGroup();
        var response = api.post("/customers", with(individual(email("grouped")), "billingGroupId", group))
                .expect(422);
        assertThat(pointers(response)).containsExactly("/billingGroupId");
    }

    @Test
    void rejectsABillingGroupThatDoesNotExist() {
        var response = api.post(
                        "/customers",
                        with(
                                business(email("nogroup")),
                                "billingGroupId",
                                UUID.randomUUID().toString()))
                .expect(422);
        assertThat(response.at("/errors/0/pointer")).isEqualTo("/billingGroupId");
        assertThat(response.at("/errors/0/code")).isEqualTo("exists");

        var id = api.post("/customers", business(email("nogroup"))).expect(201).at("/id");
        var patched = api.patch(
                        "/customers/" + id,
                        Map.of("billingGroupId", UUID.randomUUID().toString()))
                .expect(422);
        assertThat(patched.at("/errors/0/code")).isEqualTo("exists");
    }

    @Test
    void createsListsAndReadsBillingGroups() {
        var marker = unique();
        var created = api.post("/billing-groups", Map.of("name", "A " + marker)).expect(201);
        var id = created.at("/id");
        assertThat(created.header("Location")).endsWith("/api/v1/billing-groups/" + id);
        assertThat(created.at("/name")).isEqualTo("A " + marker);
        assertThat(created.at("/createdAt")).isNotBlank();

        assertThat(api.get("/billing-groups/" + id).expect(200).at("/name")).isEqualTo("A " + marker);
        api.get("/billing-groups/" + UUID.randomUUID()).expect(404);

        api.post("/billing-groups", Map.of("name", "B " + marker)).expect(201);
        var first = api.get("/billing-groups?limit=1").expect(200).json();
        assertThat(first.at("/items").size()).isEqualTo(1);
        var second = api.get("/billing-groups?limit=1&cursor="
                        + first.at("/nextCursor").asString())
                .expect(200)
                .json();
        // by name, then id: the next page starts after the last item, names may repeat (other tests' groups)
        assertThat(second.at("/items/0/id").asString())
                .isNotEqualTo(first.at("/items/0/id").asString());
        assertThat(second.at("/items/0/name").asString())
                .isGreaterThanOrEqualTo(first.at("/items/0/name").asString());
    }

    @Test
    void rejectsABillingGroupWithoutAName() {
        var response = api.post("/billing-groups", Map.of("name", " ")).expect(422);
        assertThat(pointers(response)).containsExactly("/name");
    }

    @Test
    void searchesByPartialNameEmailOrCompanyIgnoringCaseAndPagesWithACursor() {
        var marker = unique();
        var ada = api.post(
                        "/customers",
                        with(
                                with(individual("ada." + marker + "@example.com"), "firstName", "Ada" + marker),
                                "lastName",
                                "A-Lovelace" + marker))
                .expect(201)
                .at("/id");
        var grace = api.post(
                        "/customers",
                        with(
                                with(business("grace-" + unique() + "@example.com"), "companyName", "Acme " + marker),
                                "lastName",
                                "B-Hopper" + marker))
                .expect(201)
                .at("/id");
        var alan = api.post(
                        "/customers",
                        with(
                                with(individual("alan-" + unique() + "@example.com"), "firstName", "Alan"),
                                "lastName",
                                "C-Turing" + marker))
                .expect(201)
                .at("/id");

        var first = api.get("/customers?q=" + marker.toUpperCase() + "&sort=lastName&limit=2")
                .expect(200)
                .json();
        assertThat(first.at("/items").size()).isEqualTo(2);
        assertThat(first.at("/items/0/id").asString()).isEqualTo(ada);
        assertThat(first.at("/items/1/id").asString()).isEqualTo(grace);
        var last = api.get("/customers?q=" + marker + "&sort=lastName&limit=2&cursor="
                        + first.at("/nextCursor").asString())
                .expect(200)
                .json();
        assertThat(last.at("/items").size()).isEqualTo(1);
        assertThat(last.at("/items/0/id").asString()).isEqualTo(alan);
        assertThat(last.at("/nextCursor").isNull()).isTrue();

        assertThat(ids("/customers?q=ADA." + marker + "@EXAMPLE")).containsExactly(ada);
        assertThat(ids("/customers?q=acme%20" + marker.toUpperCase())).containsExactly(grace);
        assertThat(ids("/customers?q=ada" + marker + "%20a-love")).containsExactly(ada);
        assertThat(ids("/customers?q=" + marker + "&type=BUSINESS")).containsExactly(grace);
        assertThat(ids("/customers?q=" + marker + "&sort=-lastName")).containsExactly(alan, grace, ada);
        assertThat(ids("/customers?q=" + marker)).containsExactlyInAnyOrder(ada, grace, alan);
    }

    @Test
    void refusesAnUnknownSortAndACursorOfAnotherSort() {
        api.get("/customers?sort=shoeSize").expect(422);
        var marker = unique();
        for (int i = 0; i < 2; i++) {
            api.post("/customers", with(individual(email("sort")), "lastName", "Sort" + marker))
                    .expect(201);
        }
        var cursor = api.get("/customers?q=" + marker + "&limit=1&sort=email")
                .expect(200)
                .at("/nextCursor");
        api.get("/customers?q=" + marker + "&limit=1&sort=lastName&cursor=" + cursor)
                .expect(422);
        var next = api.get("/customers?q=" + marker + "&limit=1&sort=email&cursor=" + cursor)
                .expect(200)
                .json();
        assertThat(next.at("/items").size()).isEqualTo(1);
    }

    List<String> ids(String path) {
        return api.get(path)
                .expect(200)
                .json()
                .at("/items")
                .valueStream()
                .map(item -> item.at("/id").asString())
                .toList();
    }

    @Test
    void patchesOnlyTheFieldsSentAndHonoursIfMatch() {
        var email = email("patch");
        var id = api.post("/customers", with(individual(email), "phone", "555-0100"))
                .expect(201)
                .at("/id");

        var body = new HashMap<String, Object>();
        body.put("firstName", " Augusta ");
        body.put("phone", null);
        var patched = api.patch("/customers/" + id, body).expect(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.at("/firstName")).isEqualTo("Augusta");
        assertThat(patched.json().at("/phone").isNull()).isTrue();
        assertThat(patched.at("/lastName")).isEqualTo("Lovelace");
        assertThat(patched.at("/email")).isEqualTo(email);

        var stale = api.send("PATCH", "/customers/" + id, Map.of("lastName", "Byron"), Map.of("If-Match", "\"1\""))
                .expect(412);
        assertThat(stale.at("/type")).isEqualTo("https://ordino.dev/problems/stale-version");
        assertThat(api.get("/customers/" + id).json().at("/lastName").asString())
                .isEqualTo("Lovelace");

        var current = api.send("PATCH", "/customers/" + id, Map.of("lastName", "Byron"), Map.of("If-Match", "\"2\""))
                .expect(200);
        assertThat(current.header("ETag")).isEqualTo("\"3\"");
        assertThat(current.at("/lastName")).isEqualTo("Byron");
    }

    @Test
    void refusesToClearARequiredField() {
        var id = api.post("/customers", individual(email("clear"))).expect(201).at("/id");
        var body = new HashMap<String, Object>();
        body.put("email", null);
        assertThat(pointers(api.patch("/customers/" + id, body).expect(422))).containsExactly("/email");
        assertThat(pointers(
                        api.patch("/customers/" + id, Map.of("lastName", "  ")).expect(422)))
                .containsExactly("/lastName");
    }

    @Test
    void refusesAddressesInACustomerPatch() {
        var id = api.post("/customers", individual(email("addr-patch")))
                .expect(201)
                .at("/id");
        var response = api.patch("/customers/" + id, Map.of("addresses", List.of(address("Home", "US"))))
                .expect(422);
        assertThat(response.at("/errors/0/code")).isEqualTo("unknown");
    }

    @Test
    void addsAnAddressThatServesAsADeliveryLocation() {
        var id = api.post("/customers", with(business(email("plant")), "addresses", List.of(address("HQ", "US"))))
                .expect(201)
                .at("/id");

        var added = api.post("/customers/" + id + "/addresses", address("Plant 2", "us"))
                .expect(201);
        var addressId = added.at("/id");
        assertThat(added.header("Location")).endsWith("/api/v1/customers/" + id + "/addresses/" + addressId);
        assertThat(added.at("/label")).isEqualTo("Plant 2");
        assertThat(added.at("/country")).isEqualTo("US");

        assertThat(api.get("/customers/" + id + "/addresses/" + addressId)
                        .expect(200)
                        .at("/label"))
                .isEqualTo("Plant 2");
        var customer = api.get("/customers/" + id).expect(200);
        assertThat(customer.header("ETag")).isEqualTo("\"2\"");
        assertThat(customer.json().at("/addresses").size()).isEqualTo(2);
        assertThat(customer.at("/addresses/1/id")).isEqualTo(addressId);
    }

    @Test
    void updatesAndRemovesAnAddress() {
        var id = api.post(
                        "/customers",
                        with(
                                individual(email("move")),
                                "addresses",
                                List.of(address("Home", "US"), address("Work", "US"))))
                .expect(201)
                .at("/id");
        var home = api.get("/customers/" + id).at("/addresses/0/id");

        var body = new HashMap<String, Object>();
        body.put("city", "Shelbyville");
        body.put("label", null);
        var updated = api.patch("/customers/" + id + "/addresses/" + home, body).expect(200);
        assertThat(updated.at("/id")).isEqualTo(home);
        assertThat(updated.at("/city")).isEqualTo("Shelbyville");
        assertThat(updated.json().at("/label").isNull()).isTrue();
        assertThat(updated.at("/line1")).isEqualTo("1 Main Street");

        var cleared = new HashMap<String, Object>();
        cleared.put("line1", null);
        assertThat(pointers(api.patch("/customers/" + id + "/addresses/" + home, cleared)
                        .expect(422)))
                .containsExactly("/line1");

        api.delete("/customers/" + id + "/addresses/" + home).expect(204);
        api.get("/customers/" + id + "/addresses/" + home).expect(404);
        api.delete("/customers/" + id + "/addresses/" + home).expect(404);
        var customer = api.get("/customers/" + id).expect(200);
        assertThat(customer.header("ETag")).isEqualTo("\"3\"");
        assertThat(customer.json().at("/addresses").size()).isEqualTo(1);
        assertThat(customer.at("/addresses/0/label")).isEqualTo("Work");

        var added = api.post("/customers/" + id + "/addresses", address("New", "CA"))
                .expect(201)
                .at("/id");
        assertThat(api.get("/customers/" + id).at("/addresses/1/id")).isEqualTo(added);
    }

    @Test
    void rejectsAnAddressWithABadCountryCode() {
        var created = api.post(
                        "/customers", with(individual(email("country")), "addresses", List.of(address("Home", "XX"))))
                .expect(422);
        assertThat(pointers(created)).containsExactly("/addresses/0/country");

        var id =
                api.post("/customers", individual(email("country"))).expect(201).at("/id");
        var added = api.post("/customers/" + id + "/addresses", address("Home", "Germany"))
                .expect(422);
        assertThat(pointers(added)).containsExactly("/country");

        var good = api.post("/customers/" + id + "/addresses", address("Home", "DE"))
                .expect(201)
                .at("/id");
        var patched = api.patch("/customers/" + id + "/addresses/" + good, Map.of("country", "ZZ"))
                .expect(422);
        assertThat(pointers(patched)).containsExactly("/country");
    }

    /** A token of a new user with every scope of the role. */
    private Api staff(String role, List<String> scopes) {
        var userId = api.post(
                        "/users",
                        Map.of("email", email(role.toLowerCase()), "name", role + " " + unique(), "role", role))
                .expect(201)
                .at("/id");
        return api.as(api.post("/tokens", Map.of("name", role, "userId", userId, "scopes", scopes))
                .expect(201)
                .at("/token"));
    }

    @Test
    void aCustomersPriceListAndTaxExemptionNeedThePricePermission() {
        var clerk = staff("CLERK", List.of("customers:read", "customers:write"));
        var manager = staff("MANAGER", List.of("customers:read", "customers:write", "orders:price"));
        var priceList = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "cust-" + unique(),
                                "name",
                                "Wholesale",
                                "currency",
                                "USD",
                                "entries",
                                List.of()))
                .expect(201)
                .at("/id");

        var email = email("exempt");
        var exempt = clerk.post("/customers", with(business(email), "taxExempt", true))
                .expect(422);
        assertThat(pointers(exempt)).containsExactly("/taxExempt");
        assertThat(exempt.at("/errors/0/code")).isEqualTo("permission");
        assertThat(exempt.at("/errors/0/message")).contains("orders:price");
        assertThat(pointers(clerk.post("/customers", with(business(email), "priceListId", priceList))
                        .expect(422)))
                .containsExactly("/priceListId");
        assertThat(api.get("/customers?q=" + email)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();

        var id = clerk.post("/customers", with(business(email), "taxExempt", false))
                .expect(201)
                .at("/id");
        assertThat(pointers(clerk.patch("/customers/" + id, Map.of("taxExempt", true))
                        .expect(422)))
                .containsExactly("/taxExempt");
        assertThat(pointers(clerk.patch("/customers/" + id, Map.of("priceListId", priceList))
                        .expect(422)))
                .containsExactly("/priceListId");
        var unchanged = api.get("/customers/" + id).expect(200).json();
        assertThat(unchanged.at("/taxExempt").asBoolean()).isFalse();
        assertThat(unchanged.at("/priceListId").isNull()).isTrue();

        manager.patch("/customers/" + id, Map.of("taxExempt", true, "priceListId", priceList))
                .expect(200);
        // sending the values it already has is no change: a clerk edits the rest of the customer
        var renamed = clerk.patch(
                        "/customers/" + id, Map.of("firstName", "Anita", "taxExempt", true, "priceListId", priceList))
                .expect(200)
                .json();
        assertThat(renamed.at("/firstName").asString()).isEqualTo("Anita");
        assertThat(pointers(clerk.patch("/customers/" + id, Map.of("taxExempt", false))
                        .expect(422)))
                .containsExactly("/taxExempt");
        var nulls = new HashMap<String, Object>();
        nulls.put("priceListId", null);
        assertThat(pointers(clerk.patch("/customers/" + id, nulls).expect(422))).containsExactly("/priceListId");
        manager.post("/customers", with(with(business(email("priced")), "taxExempt", true), "priceListId", priceList))
                .expect(201);
    }
}

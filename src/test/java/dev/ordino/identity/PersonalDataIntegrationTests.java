package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.web.PageController;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** With masking on, read-only callers see personal data masked; staff who edit see it whole. */
@TestPropertySource(properties = "ordino.mask-personal-data=true")
class PersonalDataIntegrationTests extends IntegrationTest {

    private static final String PASSWORD = "a masking test password";

    /** What the walked customer is made of; none of it may reach a masked caller, in any case. */
    private static final List<String> PERSONAL = List.of(
            "Ottoline",
            "Quillfeather",
            "555 013",
            "Hiddenbrook",
            "Sable Suite",
            "Whisperwood",
            "Nightjar",
            "ZQ7731",
            "ZQ8842",
            "ZQ9953");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void aReadOnlyCallerSeesNamesEmailsAndStreetsMasked() {
        var fixtures = new OrderFixtures(api);
        var customer = fixtures.anIndividualCustomer("pd")
                .named("Priya", "Private")
                .withAddress(OrderFixtures.address("Home", "12 Secret Lane", "Dayton", "45402"))
                .create();
        var order = fixtures.aCompleteDraft(
                        customer, fixtures.aProduct("PD").create().id(), 1, null)
                .create();
        var viewer =
                api.as(api.post("/tokens", Map.of("name", "viewer", "scopes", List.of("orders:read", "customers:read")))
                        .expect(201)
                        .at("/token"));

        var masked = viewer.get("/orders/" + order).expect(200);
        assertThat(masked.text()).doesNotContain("Private", "Secret Lane", "@example");
        assertThat(masked.json().at("/shippingAddress/line1").asString()).isEqualTo("1•••");
        assertThat(masked.json().at("/shippingAddress/city").asString()).isEqualTo("Dayton");
        assertThat(viewer.get("/orders?limit=200").text()).doesNotContain("Private");
        var customerView = viewer.get("/customers/" + customer.id()).expect(200);
        assertThat(customerView.text()).doesNotContain("Private", "Secret Lane", "@example");

        assertThat(api.get("/orders/" + order).text()).contains("Secret Lane");
    }

    /** The ids the walked paths name, by the resource they are under and the variable's name. */
    private record Walk(Map<String, Map<String, String>> ids, Map<String, String> queries) {

        /**
         * The path to call for a mapping. Under orders and customers, where personal data lives, every variable
         * must be known, so that a new read there is walked with data; elsewhere an unknown one is a random id.
         */
        String path(String pattern, String base, List<String> failures) {
            var resource = resource(pattern, base);
            var known = ids.getOrDefault(resource, Map.of());
            var path = pattern;
            var variables = Pattern.compile("\\{([^}]+)}").matcher(pattern);
            while (variables.find()) {
                var value = known.get(variables.group(1));
                if (value == null) {
                    if (holdsPersonalData(resource)) {
                        failures.add(pattern + ": no fixture id for {" + variables.group(1) + "}; give it one here");
                    }
                    value = UUID.randomUUID().toString();
                }
                path = path.replace(variables.group(), value);
            }
            return path + queries.getOrDefault(pattern, "");
        }

        static String resource(String pattern, String base) {
            return pattern.substring(base.length()).split("/")[0];
        }

        static boolean holdsPersonalData(String resource) {
            return List.of("orders", "customers", "shipments", "picklists", "subscriptions")
                    .contains(resource);
        }

        /**
         * A read where personal data lives answers with it; any other may refuse (scope, unknown id), never fail.
         * The checkout link is no read but a capability to pay, which needs {@code payments:write}.
         */
        static boolean answered(String pattern, String base, int status) {
            if (pattern.endsWith("/checkout-link")) {
                return status == 403;
            }
            return holdsPersonalData(resource(pattern, base)) ? status == 200 : status < 500;
        }
    }

    /**
     * Every read a masked VIEWER can make: each GET of the API and each GET page, found in the application's
     * request mappings, against an order and a customer full of personal data (addresses of the customer's
     * book, a split to a typed address, edits and a rename on the timeline, an invoice sent to the customer's
     * e-mail, a note). None of the personal data may appear in any answer; a new read is walked as soon as
     * it is mapped.
     */
    @Test
    void aMaskedViewerFindsNoPersonalDataInAnyReadOfTheApiOrThePages() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var product = fixtures.aProduct("PDW").create();
        var customer = fixtures.anIndividualCustomer("pdw")
                .email("ottoline.quill-" + marker + "@example.com")
                .named("Ottoline", "Quillfeather")
                .with("phone", "+1 555 013 4477")
                .withAddress(Map.of(
                        "label",
                        "Home",
                        "line1",
                        "77 Hiddenbrook Lane",
                        "line2",
                        "Sable Suite",
                        "city",
                        "Dayton",
                        "postalCode",
                        "ZQ7731",
                        "country",
                        "US"))
                .withAddress(Map.of(
                        "line1", "9 Whisperwood Court", "city", "Dayton", "postalCode", "ZQ8842", "country", "US"))
                .create();
        var created = fixtures.aDraft()
                .forCustomer(customer)
                .withLine(product.id(), 3)
                .createJson();
        var orderId = created.at("/id").asString();
        var lineId = created.at("/lines/0/id").asString();
        api.put(
                        "/orders/" + orderId + "/lines/" + lineId + "/splits",
                        Map.of(
                                "mode",
                                "STANDARD",
                                "splits",
                                List.of(
                                        Map.of("locationId", customer.addressId(1), "quantity", 1),
                                        Map.of(
                                                "address",
                                                Map.of(
                                                        "line1",
                                                        "31 Nightjar Row",
                                                        "city",
                                                        "Dayton",
                                                        "postalCode",
                                                        "ZQ9953",
                                                        "country",
                                                        "US"),
                                                "quantity",
                                                2))))
                .expect(200);
        api.patch("/orders/" + orderId, Map.of("shippingAddress", Map.of("addressId", customer.addressId(1))))
                .expect(200);
        api.post("/orders/" + orderId + "/notes", Map.of("text", "Ring twice at the gate"))
                .expect(201);
        api.patch("/customers/" + customer.id(), Map.of("lastName", "Quillfeather-Byrne"))
                .expect(200);
        fixtures.act(orderId, "send-invoice", null);
        fixtures.act(orderId, "revert-to-draft", null);
        var channelId = api.get("/orders/" + orderId).at("/channelId");
        // a placed order of hers, shipping to her home: its shipment, packed on a picklist, carries her address
        var placedId = fixtures.aDraft()
                .forCustomer(customer)
                .withLine(product.id(), 1)
                .placed();
        api.post("/orders/" + placedId + "/payments", Map.of("method", "MANUAL", "reference", "cash"))
                .expect(201);
        var shipmentId =
                api.get("/orders/" + placedId + "/shipments").expect(200).at("/items/0/id");
        api.post("/shipments/" + shipmentId + "/release", Map.of()).expect(200);
        var picklistId = api.post("/shipments/" + shipmentId + "/pack", Map.of())
                .expect(200)
                .at("/picklistId");

        // and a rented unit of hers: its subscription carries her name and e-mail
        var rental = fixtures.aProduct("PDW-RENT")
                .priced("500.00")
                .with("contractPrices", List.of(Map.of("months", 6, "monthlyPrice", OrderFixtures.usd("20.00"))))
                .create();
        var rentalOrder = fixtures.aDraft()
                .forCustomer(customer)
                .withLine(Map.of("productId", rental.id(), "quantity", 1, "contractMonths", 6))
                .placed();
        var rentalLine = api.get("/orders/" + rentalOrder).at("/lines/0/id");
        var subscriptionId = api.post(
                        "/orders/" + rentalOrder + "/lines/" + rentalLine + "/subscriptions",
                        Map.of("serialNumber", "PDW-SN-" + marker))
                .expect(201)
                .at("/id");

        var unmasked = api.get("/orders/" + orderId + "/timeline?limit=200").text()
                + api.get("/subscriptions/" + subscriptionId).text()
                + api.get("/orders/" + orderId + "/review").text()
                + api.get("/customers/" + customer.id() + "/addresses/" + customer.addressId(0))
                        .text()
                + api.get("/shipments/" + shipmentId).text()
                + api.get("/picklists/" + picklistId).text();
        assertThat(unmasked)
                .as("the walked data is there for staff")
                .contains("Quillfeather-Byrne", "ottoline.quill", "Whisperwood", "Nightjar", "Hiddenbrook");

        var walk = new Walk(
                Map.of(
                        "orders",
                        Map.of("id", orderId, "lineId", lineId),
                        "customers",
                        Map.of("id", customer.id(), "addressId", customer.addressId(0)),
                        "products",
                        Map.of("id", product.id()),
                        "channels",
                        Map.of("id", channelId),
                        "shipments",
                        Map.of("id", shipmentId),
                        "picklists",
                        Map.of("id", picklistId),
                        "subscriptions",
                        Map.of("id", subscriptionId)),
                Map.of(
                        "/api/v1/inventory/history", "?orderId=" + placedId,
                        "/api/v1/shipments", "?orderId=" + placedId,
                        "/api/v1/subscriptions", "?orderId=" + rentalOrder,
                        "/subscriptions", "?q=" + marker,
                        "/api/v1/orders", "?customerId=" + customer.id(),
                        "/api/v1/customers", "?q=" + marker,
                        "/orders", "?q=" + marker,
                        "/customers", "?q=" + marker,
                        "/orders/{id}/customer-picker", "?q=" + marker,
                        "/orders/{id}/picker", "?q=" + product.sku()));
        var failures = new ArrayList<String>();
        var email = "viewer-pdw-" + marker + "@example.com";
        var viewerId = api.post(
                        "/users", Map.of("email", email, "name", "Viewer", "role", "VIEWER", "password", PASSWORD))
                .expect(201)
                .at("/id");
        var viewer = api.as(api.post(
                        "/tokens",
                        Map.of(
                                "name",
                                "masked viewer",
                                "userId",
                                viewerId,
                                "scopes",
                                List.copyOf(Role.VIEWER.scopes())))
                .expect(201)
                .at("/token"));
        assertThat(viewer.get("/orders/" + orderId + "/review").text())
                .as("a masked place keeps its city")
                .contains("3•••, Dayton");
        var apiReads = reads(pattern -> pattern.startsWith("/api/v1/"), handler -> true);
        assertThat(apiReads)
                .contains("/api/v1/orders/{id}/lines/{lineId}", "/api/v1/customers/{id}/addresses/{addressId}");
        for (var read : List.of("/orders/" + placedId + "/shipments", "/shipments/" + shipmentId)) {
            var response = viewer.get(read).expect(200);
            leaks(failures, "GET " + read + " (a placed order's shipment)", response.text());
        }
        for (var pattern : apiReads) {
            var response = viewer.get(walk.path(pattern, "/api/v1/", failures));
            if (!Walk.answered(pattern, "/api/v1/", response.status())) {
                failures.add("GET " + pattern + " as a masked viewer: " + response.status());
            }
            leaks(failures, "GET " + pattern, response.text());
        }

        var pages = reads(
                pattern -> true,
                handler -> AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class));
        assertThat(pages).contains("/orders/{id}", "/orders/{id}/customer-picker", "/customers/{id}");
        var browser = new FormClient(port());
        assertThat(browser.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        for (var pattern : pages) {
            var response = browser.get(walk.path(pattern, "/", failures));
            if (!Walk.answered(pattern, "/", response.statusCode())) {
                failures.add("page " + pattern + " as a masked viewer: " + response.statusCode());
            }
            leaks(failures, "page " + pattern, response.body());
        }
        assertThat(failures).isEmpty();
    }

    /** The GET mappings whose pattern and handler match, sorted. */
    private TreeSet<String> reads(Predicate<String> pattern, Predicate<HandlerMethod> handler) {
        var found = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    || !handler.test(method)
                    || info.getPathPatternsCondition() == null) {
                return;
            }
            info.getPathPatternsCondition().getPatternValues().stream()
                    .filter(pattern)
                    .forEach(found::add);
        });
        return found;
    }

    private static void leaks(List<String> failures, String read, String body) {
        var text = body.toLowerCase(Locale.ROOT);
        for (var value : PERSONAL) {
            if (text.contains(value.toLowerCase(Locale.ROOT))) {
                failures.add(read + " shows " + value);
            }
        }
    }
}

package dev.ordino.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Test data for orders, made through the real API only: products, customers and channels are created by
 * their endpoints, and an order reaches a status by the same action endpoints a client uses, never by writing
 * to the database. Every name a fixture makes carries the {@link #marker()}, so tests sharing one database
 * never see each other's data.
 *
 * <pre>{@code
 * var fx = new OrderFixtures(api);
 * var product = fx.aProduct("SKU").create();
 * var buyer = fx.aBusinessCustomer("buyer").withAddress(OrderFixtures.address("Plant", "1 Loop Rd", "Austin", "73301")).create();
 * var id = fx.aDraft().forCustomer(buyer).withLine(product.id(), 2).onChannel(fx.aReviewChannel("portal").create()).submitted();
 * }</pre>
 */
public final class OrderFixtures {

    /** The terms version a REVIEW channel asks for unless a test names another. */
    public static final String TERMS_VERSION = "2026-11";

    private final Api api;
    private final String marker;

    public OrderFixtures(Api api) {
        this(api, newMarker());
    }

    public OrderFixtures(Api api, String marker) {
        this.api = api;
        this.marker = marker;
    }

    /** A short random string that makes names unique to one test. */
    public static String newMarker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public String marker() {
        return marker;
    }

    public static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    /** An order line that is no catalog product: a title and a price in USD. */
    public static Map<String, Object> customLine(int quantity, String title, String price) {
        return Map.of("quantity", quantity, "custom", Map.of("title", title, "price", usd(price)));
    }

    /** A US address for a customer's address book. */
    public static Map<String, Object> address(String label, String line1, String city, String postalCode) {
        return Map.of("label", label, "line1", line1, "city", city, "postalCode", postalCode, "country", "US");
    }

    /** The body of a submit that accepts the given terms version. */
    public static Map<String, Object> terms(String termsVersion) {
        return Map.of("acceptTerms", true, "termsVersion", termsVersion);
    }

    // --- products ----------------------------------------------------------------------------------------

    public record Product(String id, String sku) {}

    /** A purchasable product whose SKU is {@code skuPrefix-marker}, priced at 10.00 USD unless told otherwise. */
    public ProductBuilder aProduct(String skuPrefix) {
        return new ProductBuilder(skuPrefix + "-" + marker);
    }

    public final class ProductBuilder {

        private final Map<String, Object> body = new LinkedHashMap<>();

        private ProductBuilder(String sku) {
            body.put("sku", sku);
            body.put("name", "Part " + marker);
            body.put("price", usd("10.00"));
        }

        public ProductBuilder named(String name) {
            return with("name", name);
        }

        public ProductBuilder priced(String usdAmount) {
            return with("price", usd(usdAmount));
        }

        public ProductBuilder leadTimeDays(int days) {
            return with("leadTimeDays", days);
        }

        /** Any other product field, e.g. {@code toolingCost} or {@code contractPrices}. */
        public ProductBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Product create() {
            var id = api.post("/products", body).expect(201).at("/id");
            return new Product(id, (String) body.get("sku"));
        }
    }

    // --- customers ---------------------------------------------------------------------------------------

    public record Customer(String id, List<String> addressIds) {

        /** The first address: the one most tests ship and bill to. */
        public String addressId() {
            return addressIds.get(0);
        }

        public String addressId(int index) {
            return addressIds.get(index);
        }
    }

    /** A BUSINESS customer with email {@code emailPrefix-marker@example.com} and no addresses until given some. */
    public CustomerBuilder aBusinessCustomer(String emailPrefix) {
        return new CustomerBuilder("BUSINESS", emailPrefix + "-" + marker + "@example.com")
                .with("companyName", "Company " + marker);
    }

    /** An INDIVIDUAL customer with email {@code emailPrefix-marker@example.com}. */
    public CustomerBuilder anIndividualCustomer(String emailPrefix) {
        return new CustomerBuilder("INDIVIDUAL", emailPrefix + "-" + marker + "@example.com");
    }

    public final class CustomerBuilder {

        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> addresses = new ArrayList<>();

        private CustomerBuilder(String type, String email) {
            body.put("type", type);
            body.put("email", email);
            body.put("firstName", "Test");
            body.put("lastName", "Buyer");
        }

        public CustomerBuilder email(String email) {
            return with("email", email);
        }

        public CustomerBuilder named(String firstName, String lastName) {
            body.put("firstName", firstName);
            return with("lastName", lastName);
        }

        public CustomerBuilder company(String companyName) {
            return with("companyName", companyName);
        }

        public CustomerBuilder paymentTerms(String paymentTerms) {
            return with("paymentTerms", paymentTerms);
        }

        public CustomerBuilder withAddress(Map<String, Object> address) {
            addresses.add(address);
            return this;
        }

        /** Any other customer field. */
        public CustomerBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Customer create() {
            var request = new LinkedHashMap<>(body);
            if (!addresses.isEmpty()) {
                request.put("addresses", addresses);
            }
            var json = api.post("/customers", request).expect(201).json();
            var addressIds = new ArrayList<String>();
            json.at("/addresses")
                    .forEach(address -> addressIds.add(address.at("/id").asString()));
            return new Customer(json.at("/id").asString(), List.copyOf(addressIds));
        }
    }

    // --- channels ----------------------------------------------------------------------------------------

    /**
     * A REVIEW channel with code {@code codePrefix-marker} that requires terms ({@value #TERMS_VERSION} unless
     * told otherwise) and a billing address.
     */
    public ChannelBuilder aReviewChannel(String codePrefix) {
        return new ChannelBuilder(codePrefix + "-" + marker);
    }

    public final class ChannelBuilder {

        private final Map<String, Object> body = new LinkedHashMap<>();

        private ChannelBuilder(String code) {
            body.put("code", code);
            body.put("name", "Review channel " + marker);
            body.put("workflow", "REVIEW");
            body.put("requiresTerms", true);
            body.put("termsVersion", TERMS_VERSION);
            body.put("termsText", "Orders are reviewed before acceptance.");
            body.put("requiresBillingAddress", true);
        }

        public ChannelBuilder named(String name) {
            return with("name", name);
        }

        public ChannelBuilder terms(String termsVersion, String termsText) {
            body.put("termsVersion", termsVersion);
            return with("termsText", termsText);
        }

        /** Any other channel field. */
        public ChannelBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        /** Creates the channel and answers its id. */
        public String create() {
            return api.post("/channels", body).expect(201).at("/id");
        }
    }

    // --- orders ------------------------------------------------------------------------------------------

    /** A draft order, empty until given a customer, addresses and lines. */
    public DraftBuilder aDraft() {
        return new DraftBuilder();
    }

    /**
     * A complete draft: the customer, shipping and billing to its first address, one line of the product, on
     * the channel ({@code null}: the default DIRECT channel).
     */
    public DraftBuilder aCompleteDraft(Customer customer, String productId, int quantity, String channelId) {
        return aDraft().forCustomer(customer).withLine(productId, quantity).onChannel(channelId);
    }

    public final class DraftBuilder {

        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> lines = new ArrayList<>();
        private String termsVersion = TERMS_VERSION;

        private DraftBuilder() {}

        /** The customer, shipping and billing to its first address. */
        public DraftBuilder forCustomer(Customer customer) {
            body.put("customerId", customer.id());
            return shippingTo(customer.addressId()).billingTo(customer.addressId());
        }

        public DraftBuilder shippingTo(String addressId) {
            return with("shippingAddress", Map.of("addressId", addressId));
        }

        public DraftBuilder billingTo(String addressId) {
            return with("billingAddress", Map.of("addressId", addressId));
        }

        /** On the channel; {@code null} leaves the default DIRECT channel. */
        public DraftBuilder onChannel(String channelId) {
            if (channelId != null) {
                body.put("channelId", channelId);
            }
            return this;
        }

        /** The terms version a {@link #submitted()} accepts. */
        public DraftBuilder acceptingTerms(String termsVersion) {
            this.termsVersion = termsVersion;
            return this;
        }

        public DraftBuilder reference(String referenceId) {
            return with("referenceId", referenceId);
        }

        public DraftBuilder withLine(String productId, int quantity) {
            return withLine(Map.of("productId", productId, "quantity", quantity));
        }

        public DraftBuilder withLine(Map<String, Object> line) {
            lines.add(line);
            return this;
        }

        /** Any other order field. */
        public DraftBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        /** Creates the draft and answers the created order. */
        public JsonNode createJson() {
            var request = new LinkedHashMap<>(body);
            if (!lines.isEmpty()) {
                request.put("lines", lines);
            }
            return api.post("/orders", request).expect(201).json();
        }

        /** Creates the draft and answers its id. */
        public String create() {
            return createJson().at("/id").asString();
        }

        /** A new order taken DRAFT → SUBMITTED, accepting the terms; answers its id. */
        public String submitted() {
            var id = create();
            submit(id, termsVersion);
            return id;
        }

        /** A new order taken DRAFT → PENDING by placing it; answers its id. */
        public String placed() {
            var id = create();
            place(id);
            return id;
        }

        /** A new order taken DRAFT → PENDING → CONFIRMED; answers its id. */
        public String confirmed() {
            var id = placed();
            act(id, "confirm", null);
            return id;
        }
    }

    // --- actions -----------------------------------------------------------------------------------------

    /** Takes a lifecycle action that must succeed; answers the order after it. */
    public JsonNode act(String orderId, String action, Object body) {
        return api.post("/orders/" + orderId + "/" + action, body).expect(200).json();
    }

    public JsonNode submit(String orderId, String termsVersion) {
        return act(orderId, "submit", terms(termsVersion));
    }

    public JsonNode place(String orderId) {
        return act(orderId, "place", null);
    }

    public JsonNode confirm(String orderId) {
        return act(orderId, "confirm", null);
    }

    public JsonNode hold(String orderId, String reason) {
        return act(orderId, "hold", Map.of("reason", reason));
    }

    public JsonNode cancel(String orderId, String reason) {
        return act(orderId, "cancel", Map.of("reason", reason));
    }
}

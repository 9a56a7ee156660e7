package dev.ordino.integrations.internal;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.IntegrationType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ShipStation API v1. An order goes to {@code POST /orders/createorder} under {@code orderKey} = the push's external
 * key, which ShipStation treats as an upsert key: a retry after a timeout, or a push of an edited order, updates the
 * one order there instead of making a second. The whole order is sent every time (ShipStation has no partial
 * update); a cancelled order is sent with {@code orderStatus} cancelled. Mapped fields go where ShipStation keeps
 * them ({@code customField1..3}, {@code warehouseId}, {@code source} in {@code advancedOptions}, the others at the
 * top level), as text. Shipments come back through SHIP_NOTIFY webhooks, whose resource URL is read with the same
 * credentials and so must be on ShipStation's own host, and through {@code GET /shipments} as a fallback.
 */
@Component
public class ShipStation implements OrderConnector {

    /** The mapped fields ShipStation keeps in {@code advancedOptions}. */
    static final Set<String> ADVANCED_OPTIONS =
            Set.of("customField1", "customField2", "customField3", "warehouseId", "source");

    /** A shipments page; ShipStation allows at most 500. */
    static final int PAGE_SIZE = 500;

    /** The most pages the polling fallback reads in one go. */
    static final int MAX_PAGES = 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IntegrationHttp http;
    private final Targets targets;
    private final ObjectMapper json;

    public ShipStation(IntegrationHttp http, Targets targets, ObjectMapper json) {
        this.http = http;
        this.targets = targets;
        this.json = json;
    }

    @Override
    public IntegrationType type() {
        return IntegrationType.SHIPSTATION;
    }

    @Override
    public Outcome push(Endpoint endpoint, OrderPayload payload) {
        var authorization = authorization(endpoint);
        if (authorization == null) {
            return Outcome.failed(null, "ShipStation's apiKey and apiSecret are not set");
        }
        var body = json.writeValueAsString(order(endpoint, payload));
        var client = http.client(endpoint);
        return http.send(
                uri(endpoint, "/orders/createorder").build().toUri(),
                uri -> client.post()
                        .uri(uri)
                        .header(HttpHeaders.AUTHORIZATION, authorization)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(body),
                answer -> ResponseRules.string(answer.json(), "orderId"));
    }

    /** The createorder body: the whole order, as ShipStation names its fields. */
    ObjectNode order(Endpoint endpoint, OrderPayload payload) {
        var document = payload.order();
        var order = NODES.objectNode();
        order.put("orderKey", payload.externalKey());
        order.put("orderNumber", text(document.path("number")));
        var orderDate = text(document.path("orderDate"));
        order.put("orderDate", orderDate == null ? null : orderDate + "T00:00:00");
        order.put("orderStatus", status(payload));
        var customer = document.path("customer");
        var shipping = document.path("shippingAddress");
        var billing = document.path("billingAddress").isObject() ? document.path("billingAddress") : shipping;
        order.set("billTo", address(billing, customer));
        order.set("shipTo", address(shipping, customer));
        var items = order.putArray("items");
        for (var line : document.path("lines")) {
            var item = items.addObject();
            item.put("lineItemKey", text(line.path("id")));
            item.put("sku", text(line.path("sku")));
            item.put("name", text(line.path("name")));
            item.set("quantity", line.path("quantity").isNumber() ? line.path("quantity") : NODES.numberNode(0));
            item.set("unitPrice", number(line.path("unitPrice")));
        }
        var totals = document.path("totals");
        order.set("taxAmount", number(totals.path("tax")));
        order.set("shippingAmount", number(totals.path("shipping")));
        order.put("customerEmail", text(customer.path("email")));
        order.put("customerNotes", text(document.path("customerNote")));
        var options = order.putObject("advancedOptions");
        var storeId = payload.store() != null ? payload.store() : endpoint.setting("storeId");
        if (storeId != null) {
            options.set("storeId", integerOrText(storeId));
        }
        options.put("source", "ordino");
        FieldMappings.values(document, payload.mappings()).forEach((field, value) -> {
            var target = ADVANCED_OPTIONS.contains(field) ? options : order;
            if (field.equals("warehouseId") && text(value) != null) {
                target.set(field, integerOrText(text(value)));
            } else {
                target.put(field, text(value));
            }
        });
        return order;
    }

    /** cancelled for a cancelled order, on_hold for one on hold, else awaiting_shipment. */
    private static String status(OrderPayload payload) {
        if (payload.cancelled()) {
            return "cancelled";
        }
        return "ON_HOLD".equals(text(payload.order().path("status"))) ? "on_hold" : "awaiting_shipment";
    }

    /** A ShipStation address: the person's name (the contact of a business), its company, the document's lines. */
    private static ObjectNode address(JsonNode address, JsonNode customer) {
        var node = NODES.objectNode();
        var contact = text(customer.path("contactName"));
        node.put("name", contact != null ? contact : text(customer.path("name")));
        node.put("company", text(customer.path("company")));
        node.put("street1", text(address.path("line1")));
        node.put("street2", text(address.path("line2")));
        node.put("city", text(address.path("city")));
        node.put("state", text(address.path("region")));
        node.put("postalCode", text(address.path("postalCode")));
        node.put("country", text(address.path("country")));
        node.putNull("phone");
        return node;
    }

    @Override
    public ConnectionTest test(Endpoint endpoint) {
        var authorization = authorization(endpoint);
        if (authorization == null) {
            return new ConnectionTest(false, null, "ShipStation's apiKey and apiSecret are not set");
        }
        var client = http.client(endpoint);
        try {
            var answer = http.call(
                    uri(endpoint, "/stores").build().toUri(),
                    uri -> client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, authorization));
            if (answer.ok()) {
                return new ConnectionTest(true, answer.status(), "ShipStation accepted the credentials");
            }
            if (answer.status() == 401 || answer.status() == 403) {
                return new ConnectionTest(false, answer.status(), "ShipStation refused the API key and secret");
            }
            return new ConnectionTest(
                    false, answer.status(), http.outcome(answer, null).error());
        } catch (RuntimeException e) {
            return new ConnectionTest(false, null, ResponseRules.outcome(e).error());
        }
    }

    @Override
    public List<ShippedOrder> shipments(Endpoint endpoint, URI resourceUrl) {
        if (!targets.sameHost(endpoint.baseUrl(), resourceUrl) && !sameApi(endpoint.baseUrl(), resourceUrl)) {
            throw new InboundFailure("the resource URL " + resourceUrl + " is not on ShipStation's host "
                    + endpoint.baseUrl().getHost() + ": not read");
        }
        return read(endpoint, resourceUrl).shipments();
    }

    /** ShipStation's API hosts: its webhooks name a numbered one ({@code ssapi6.shipstation.com}) for its resources. */
    private static final Pattern API_HOST = Pattern.compile("ssapi\\d*\\.shipstation\\.com", Pattern.CASE_INSENSITIVE);

    /** Both are ShipStation's own API hosts over https: its webhooks' resources may be on another of them. */
    static boolean sameApi(URI base, URI resource) {
        return "https".equalsIgnoreCase(base.getScheme())
                && "https".equalsIgnoreCase(resource.getScheme())
                && base.getHost() != null
                && resource.getHost() != null
                && API_HOST.matcher(base.getHost()).matches()
                && API_HOST.matcher(resource.getHost()).matches()
                && resource.getPort() == -1;
    }

    @Override
    public List<ShippedOrder> shippedSince(Endpoint endpoint, LocalDate since) {
        var shipped = new ArrayList<ShippedOrder>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            var uri = uri(endpoint, "/shipments")
                    .queryParam("shipDateStart", since.toString())
                    .queryParam("pageSize", PAGE_SIZE)
                    .queryParam("page", page)
                    .build()
                    .toUri();
            var read = read(endpoint, uri);
            shipped.addAll(read.shipments());
            if (page >= read.pages()) {
                break;
            }
        }
        return shipped;
    }

    private record Shipments(List<ShippedOrder> shipments, int pages) {}

    /** One page of {@code {shipments:[...], pages}}; throws {@link InboundFailure} when it cannot be read. */
    private Shipments read(Endpoint endpoint, URI uri) {
        var authorization = authorization(endpoint);
        if (authorization == null) {
            throw new InboundFailure("ShipStation's apiKey and apiSecret are not set");
        }
        var client = http.client(endpoint);
        IntegrationHttp.Answer answer;
        try {
            answer = http.call(
                    uri,
                    target -> client.get()
                            .uri(target)
                            .header(HttpHeaders.AUTHORIZATION, authorization)
                            .accept(MediaType.APPLICATION_JSON));
        } catch (TargetRefused e) {
            throw new InboundFailure("not read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InboundFailure("ShipStation could not be read: " + ResponseRules.describe(e), e);
        }
        if (!answer.ok()) {
            throw new InboundFailure("ShipStation " + http.outcome(answer, null).error());
        }
        var body = answer.json();
        if (body == null || !body.path("shipments").isArray()) {
            throw new InboundFailure("ShipStation's answer has no shipments");
        }
        var shipments = new ArrayList<ShippedOrder>();
        for (var shipment : body.path("shipments")) {
            shipments.add(new ShippedOrder(
                    text(shipment.path("orderKey")),
                    text(shipment.path("orderNumber")),
                    text(shipment.path("trackingNumber")),
                    text(shipment.path("carrierCode")),
                    date(text(shipment.path("shipDate"))),
                    shipment.path("voided").asBoolean(false)));
        }
        return new Shipments(shipments, Math.max(body.path("pages").asInt(1), 1));
    }

    private static UriComponentsBuilder uri(Endpoint endpoint, String path) {
        return UriComponentsBuilder.fromUri(endpoint.baseUrl()).path(path);
    }

    private static @Nullable String authorization(Endpoint endpoint) {
        var key = endpoint.secret("apiKey");
        var secret = endpoint.secret("apiSecret");
        if (key == null || secret == null) {
            return null;
        }
        var pair = (key + ":" + secret).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    /** A date as ShipStation writes one ({@code 2026-03-05} or {@code 2026-03-05T00:00:00.0000000}). */
    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A value as text: a string as it is, a number or flag as written, an object or array as JSON; null as null. */
    static @Nullable String text(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static JsonNode number(JsonNode value) {
        return value.isNumber() ? value : NODES.nullNode();
    }

    /** ShipStation's ids are integers; anything else is passed on as given for ShipStation to refuse. */
    private static JsonNode integerOrText(@Nullable String value) {
        if (value == null) {
            return NODES.nullNode();
        }
        try {
            return NODES.numberNode(new BigDecimal(value.trim()).toBigIntegerExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return NODES.stringNode(value);
        }
    }
}

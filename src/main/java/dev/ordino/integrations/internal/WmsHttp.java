package dev.ordino.integrations.internal;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.IntegrationType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 3PL's WMS over plain HTTP: the order as one JSON object POSTed to the base URL with the integration's own
 * headers (its token, its channel id), under {@code reference} = the push's external key, which the WMS is to treat
 * as its idempotency key. Each 3PL stores extra data under names of its own, so mapped fields go at the top level
 * by the names the channel gave them, verbatim, and may replace a standard field. A cancelled order is the same
 * POST with status CANCELLED. Shipments come back in the body of the WMS's own calls to the inbound URL.
 */
@Component
public class WmsHttp implements OrderConnector {

    /** Where the far side's id may be in its answer, in the order they are looked for. */
    static final List<String> ID_FIELDS = List.of("id", "orderId", "order_id", "reference_id");

    /** Headers the HTTP client sets itself; an integration cannot replace them. */
    private static final Set<String> OWN_HEADERS =
            Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IntegrationHttp http;
    private final ObjectMapper json;

    public WmsHttp(IntegrationHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public IntegrationType type() {
        return IntegrationType.WMS_HTTP;
    }

    @Override
    public Outcome push(Endpoint endpoint, OrderPayload payload) {
        var body = json.writeValueAsString(order(payload));
        var client = http.client(endpoint);
        return http.send(
                endpoint.baseUrl(),
                uri -> withHeaders(client.post().uri(uri), endpoint)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(body),
                WmsHttp::externalId);
    }

    /**
     * The body: the order in the WMS's usual terms, then the mapped fields; the key and the status last, so that no
     * mapping can replace what the WMS knows the order by, or hide its cancellation.
     */
    ObjectNode order(OrderPayload payload) {
        var document = payload.order();
        var order = NODES.objectNode();
        order.put("reference", payload.externalKey());
        order.set("orderNumber", copy(document.path("number")));
        order.set("status", payload.cancelled() ? NODES.stringNode("CANCELLED") : copy(document.path("status")));
        order.set("orderDate", copy(document.path("orderDate")));
        order.set("currency", copy(document.path("currency")));
        order.set("customer", copy(document.path("customer")));
        order.set("shipTo", copy(document.path("shippingAddress")));
        order.set("billTo", copy(document.path("billingAddress")));
        var items = order.putArray("items");
        for (var line : document.path("lines")) {
            var item = items.addObject();
            item.set("sku", copy(line.path("sku")));
            item.set("name", copy(line.path("name")));
            item.set("quantity", copy(line.path("quantity")));
            item.set("unitPrice", copy(line.path("unitPrice")));
        }
        order.set("totals", copy(document.path("totals")));
        FieldMappings.values(document, payload.mappings())
                .forEach((field, value) -> order.set(field, value.deepCopy()));
        order.put("reference", payload.externalKey());
        order.set("status", payload.cancelled() ? NODES.stringNode("CANCELLED") : copy(document.path("status")));
        if (payload.store() != null) {
            order.put("store", payload.store());
        }
        return order;
    }

    private static JsonNode copy(JsonNode value) {
        return value.isMissingNode() ? NODES.nullNode() : value.deepCopy();
    }

    private static @Nullable String externalId(IntegrationHttp.Answer answer) {
        var body = answer.json();
        for (var field : ID_FIELDS) {
            var id = ResponseRules.string(body, field);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** A HEAD of the base URL: reached and not refused (401, 403) or broken (5xx) is good enough. */
    @Override
    public ConnectionTest test(Endpoint endpoint) {
        var client = http.client(endpoint);
        try {
            var answer = http.call(
                    endpoint.baseUrl(),
                    uri -> withHeaders(client.method(HttpMethod.HEAD).uri(uri), endpoint));
            var status = answer.status();
            if (status == 401 || status == 403) {
                return new ConnectionTest(false, status, "The WMS refused the credentials (" + status + ")");
            }
            if (status >= 500) {
                return new ConnectionTest(false, status, "The WMS answered " + status);
            }
            return new ConnectionTest(true, status, "The WMS answered " + status);
        } catch (RuntimeException e) {
            return new ConnectionTest(false, null, ResponseRules.outcome(e).error());
        }
    }

    /** A WMS reports shipments in the body of its call to the inbound URL; there is nothing to fetch. */
    @Override
    public List<ShippedOrder> shipments(Endpoint endpoint, URI resourceUrl) {
        throw new InboundFailure("a WMS sends its shipments in the update itself; it has no resource URL to read");
    }

    @Override
    public List<ShippedOrder> shippedSince(Endpoint endpoint, LocalDate since) {
        return List.of();
    }

    private static <S extends RestClient.RequestHeadersSpec<S>> S withHeaders(S request, Endpoint endpoint) {
        for (Map.Entry<String, String> header : endpoint.headers().entrySet()) {
            if (!OWN_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                request.header(header.getKey(), header.getValue());
            }
        }
        return request;
    }
}

package dev.ordino.integrations.internal;

import dev.ordino.channels.Channel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A channel's test order (Send a test order): a made-up order in the shape of the order document, with every field
 * a mapping may read, never stored. It goes out as cancelled, so the 3PL has it on record and nobody ships it.
 */
@Component
public class TestOrders {

    private static final BigDecimal ONE = new BigDecimal("1.00");
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final ObjectMapper json;
    private final Clock clock;

    TestOrders(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public OrderPayload of(Channel channel) {
        var id = UUID.randomUUID();
        var number = "TEST-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var address = new LinkedHashMap<String, Object>();
        address.put("label", "Ordino test order");
        address.put("line1", "1 Test Street");
        address.put("line2", null);
        address.put("city", "Dayton");
        address.put("region", "OH");
        address.put("postalCode", "45402");
        address.put("country", "US");
        var document = new LinkedHashMap<String, Object>();
        document.put("id", id.toString());
        document.put("number", number);
        document.put("channelCode", channel.code());
        document.put("status", "PENDING");
        document.put(
                "orderDate",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        document.put("currency", "USD");
        document.put("referenceId", "TEST-REFERENCE");
        document.put("purchaseOrderNumber", "TEST-PO");
        document.put("notes", "A test order from Ordino: cancelled, do not ship");
        document.put("customerNote", null);
        document.put(
                "customer",
                Map.of(
                        "type",
                        "BUSINESS",
                        "name",
                        "Ordino",
                        "contactName",
                        "Ordino test order",
                        "email",
                        "test-order@ordino.example"));
        document.put("billingAddress", address);
        document.put("shippingAddress", address);
        document.put("details", Map.of("shippingType", "Standard", "shippingNotes", "Test order: do not ship"));
        document.put(
                "lines",
                List.of(Map.of("sku", "TEST-SKU", "name", "Test item", "quantity", 1, "unitPrice", ONE, "total", ONE)));
        document.put("totals", Map.of("subtotal", ONE, "shipping", ZERO, "tax", ZERO, "total", ONE));
        document.put("invoiceNumber", null);
        JsonNode tree = json.valueToTree(document);
        var push = channel.orderPush();
        return new OrderPayload(
                "ordino-test-" + id, tree, channel.fieldMappings(), true, push == null ? null : push.store());
    }
}

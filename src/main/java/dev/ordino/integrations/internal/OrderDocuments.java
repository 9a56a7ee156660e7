package dev.ordino.integrations.internal;

import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderDetails;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order as it is pushed: one JSON document that connectors build their bodies from and that a channel's field
 * mappings point into ({@code /referenceId}, {@code /shippingAddress/postalCode}, {@code /details/shippingType}). Its
 * top-level fields are exactly {@link dev.ordino.channels.FieldMapping#ORDER_FIELDS}, every one always present (JSON
 * null when the order has no value), so a mapping that names one never finds it missing. Amounts are JSON numbers at
 * the currency's scale, the currency once at the top: what a 3PL's API expects.
 */
@Component
public class OrderDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;

    public OrderDocuments(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode document(Order order, @Nullable String channelCode, @Nullable String invoiceNumber) {
        var priced = order.priced();
        var document = NODES.objectNode();
        document.put("id", order.id().value().toString());
        document.put("number", order.number());
        document.put("channelCode", channelCode);
        document.put("status", order.status().name());
        document.put("orderDate", order.orderDate().toString());
        document.put("currency", order.currency().getCurrencyCode());
        document.put("referenceId", order.referenceId());
        document.put("purchaseOrderNumber", order.purchaseOrderNumber());
        document.put("notes", order.notes());
        document.put("customerNote", order.customerNote());
        document.set("customer", customer(order.customer()));
        document.set("billingAddress", address(order.billingAddress()));
        document.set("shippingAddress", address(order.shippingAddress()));
        document.set("details", details(order.details()));
        document.set("lines", lines(order, priced));
        document.set("totals", totals(priced));
        document.put("invoiceNumber", invoiceNumber);
        return document;
    }

    /** The customer as the order copied it: {@code name} is the company for a business, {@code contactName} the person. */
    private static JsonNode customer(@Nullable CustomerSnapshot customer) {
        if (customer == null) {
            return NODES.nullNode();
        }
        var node = NODES.objectNode();
        node.put("id", customer.id() == null ? null : customer.id().toString());
        node.put("type", customer.type());
        node.put("name", customer.name());
        node.put("contactName", customer.contactName());
        node.put("company", "BUSINESS".equals(customer.type()) ? customer.name() : null);
        node.put("email", customer.email());
        return node;
    }

    static JsonNode address(@Nullable Address address) {
        if (address == null) {
            return NODES.nullNode();
        }
        var node = NODES.objectNode();
        node.put("label", address.label());
        node.put("line1", address.line1());
        node.put("line2", address.line2());
        node.put("city", address.city());
        node.put("region", address.region());
        node.put("postalCode", address.postalCode());
        node.put("country", address.country());
        return node;
    }

    /** JSON details as they were written; XML details (or none, or unreadable ones) are null. */
    private JsonNode details(@Nullable OrderDetails details) {
        if (details == null
                || details.format() != OrderDetails.Format.json
                || details.content().isBlank()) {
            return NODES.nullNode();
        }
        try {
            return json.readTree(details.content());
        } catch (JacksonException e) {
            return NODES.nullNode();
        }
    }

    private static JsonNode lines(Order order, PricedOrder priced) {
        var pricedLines = new HashMap<UUID, PricedOrder.PricedLine>();
        priced.lines().forEach(line -> pricedLines.put(line.id(), line));
        var lines = NODES.arrayNode();
        for (var line : order.lines()) {
            var pricedLine = pricedLines.get(line.id().value());
            var node = lines.addObject();
            node.put("id", line.id().value().toString());
            node.put("sku", line.sku());
            node.put("name", line.title());
            node.put("quantity", line.quantity());
            node.put("unitPrice", amount(line.effectivePrice()));
            node.put(
                    "total",
                    pricedLine != null
                            ? amount(pricedLine.netTotal())
                            : amount(line.effectivePrice().times(line.quantity())));
        }
        return lines;
    }

    private static ObjectNode totals(PricedOrder priced) {
        var totals = NODES.objectNode();
        totals.put("subtotal", amount(priced.subtotal()));
        totals.put("shipping", amount(priced.shipping()));
        totals.put("tax", amount(priced.tax()));
        totals.put("total", amount(priced.totalKnown()));
        return totals;
    }

    private static BigDecimal amount(Money money) {
        return money.amount();
    }
}

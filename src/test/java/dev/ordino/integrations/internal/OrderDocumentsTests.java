package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ordino.channels.FieldMapping;
import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.LineId;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderDetails;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderLine;
import dev.ordino.orders.OrderStatus;
import dev.ordino.pricing.PricedOrder;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The order as pushed. Orders are made only inside the orders module, so these tests stand one in with Mockito:
 * what the document reads of it is its public getters and {@code priced()}.
 */
class OrderDocumentsTests {

    private static final UUID ORDER_ID = UUID.fromString("0b5a6c8e-1f2d-4c3b-9a8e-7d6c5b4a3f21");
    private static final UUID LINE_ID = UUID.fromString("1c6b7d9f-2a3e-4d4c-8b9f-8e7d6c5b4a32");
    private static final UUID CUSTOMER_ID = UUID.fromString("2d7c8e0a-3b4f-4e5d-9c0a-9f8e7d6c5b43");

    private final OrderDocuments documents = new OrderDocuments(ConnectorFixtures.JSON);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** A business's order of 3 × SKU-1 at 12.50, 5.00 shipping and 3.38 tax, with JSON details. */
    private static Order anOrder(OrderDetails details) {
        var line = mock(OrderLine.class);
        when(line.id()).thenReturn(LineId.of(LINE_ID));
        when(line.sku()).thenReturn("SKU-1");
        when(line.title()).thenReturn("Widget");
        when(line.quantity()).thenReturn(3);
        when(line.effectivePrice()).thenReturn(usd("12.50"));

        var pricedLine = mock(PricedOrder.PricedLine.class);
        when(pricedLine.id()).thenReturn(LINE_ID);
        when(pricedLine.netTotal()).thenReturn(usd("35.00"));
        var priced = mock(PricedOrder.class);
        when(priced.lines()).thenReturn(List.of(pricedLine));
        when(priced.subtotal()).thenReturn(usd("35.00"));
        when(priced.shipping()).thenReturn(usd("5.00"));
        when(priced.tax()).thenReturn(usd("3.38"));
        when(priced.totalKnown()).thenReturn(usd("43.38"));

        var order = mock(Order.class);
        when(order.id()).thenReturn(OrderId.of(ORDER_ID));
        when(order.number()).thenReturn("SO-1001");
        when(order.status()).thenReturn(OrderStatus.CONFIRMED);
        when(order.orderDate()).thenReturn(LocalDate.of(2026, 12, 7));
        when(order.currency()).thenReturn(Currency.getInstance("USD"));
        when(order.referenceId()).thenReturn("REF-7");
        when(order.purchaseOrderNumber()).thenReturn("PO-99");
        when(order.customerNote()).thenReturn("Leave at dock 4");
        when(order.customer())
                .thenReturn(
                        new CustomerSnapshot(CUSTOMER_ID, "BUSINESS", "buyer@acme.example", "Acme Inc", "Ada Byron"));
        when(order.shippingAddress())
                .thenReturn(new Address("Plant", "1 Loop Rd", null, "Austin", "TX", "73301", "US"));
        when(order.details()).thenReturn(details);
        when(order.lines()).thenReturn(List.of(line));
        when(order.priced()).thenReturn(priced);
        return order;
    }

    private JsonNode document() {
        return documents.document(
                anOrder(new OrderDetails(OrderDetails.Format.json, "{\"shippingType\":\"pallet\"}")),
                "LUMINOUS",
                "INV-2026-0001");
    }

    @Test
    void hasExactlyTheFieldsAMappingMayReadAtTheTop() {
        var names = new ArrayList<String>();
        document().propertyNames().forEach(names::add);

        assertThat(names).containsExactlyInAnyOrderElementsOf(FieldMapping.ORDER_FIELDS);
    }

    @Test
    void saysWhatTheOrderSays() {
        var document = document();

        assertThat(document.path("id").asString()).isEqualTo(ORDER_ID.toString());
        assertThat(document.path("number").asString()).isEqualTo("SO-1001");
        assertThat(document.path("channelCode").asString()).isEqualTo("LUMINOUS");
        assertThat(document.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(document.path("orderDate").asString()).isEqualTo("2026-12-07");
        assertThat(document.path("currency").asString()).isEqualTo("USD");
        assertThat(document.path("referenceId").asString()).isEqualTo("REF-7");
        assertThat(document.path("purchaseOrderNumber").asString()).isEqualTo("PO-99");
        assertThat(document.path("customerNote").asString()).isEqualTo("Leave at dock 4");
        assertThat(document.path("invoiceNumber").asString()).isEqualTo("INV-2026-0001");
        assertThat(document.at("/customer/name").asString()).isEqualTo("Acme Inc");
        assertThat(document.at("/customer/company").asString()).isEqualTo("Acme Inc");
        assertThat(document.at("/customer/contactName").asString()).isEqualTo("Ada Byron");
        assertThat(document.at("/customer/email").asString()).isEqualTo("buyer@acme.example");
        assertThat(document.at("/shippingAddress/line1").asString()).isEqualTo("1 Loop Rd");
        assertThat(document.at("/shippingAddress/postalCode").asString()).isEqualTo("73301");
        assertThat(document.at("/shippingAddress/region").asString()).isEqualTo("TX");
        assertThat(document.at("/details/shippingType").asString()).isEqualTo("pallet");
    }

    @Test
    void writesAmountsAsNumbersAtTheCurrencysScale() {
        var document = document();

        var line = document.at("/lines/0");
        assertThat(line.path("id").asString()).isEqualTo(LINE_ID.toString());
        assertThat(line.path("sku").asString()).isEqualTo("SKU-1");
        assertThat(line.path("name").asString()).isEqualTo("Widget");
        assertThat(line.path("quantity").asInt()).isEqualTo(3);
        assertThat(line.path("unitPrice").isNumber()).isTrue();
        assertThat(line.path("unitPrice").decimalValue()).isEqualTo(new BigDecimal("12.50"));
        assertThat(line.path("total").decimalValue()).isEqualTo(new BigDecimal("35.00"));
        assertThat(document.at("/totals/subtotal").decimalValue()).isEqualTo(new BigDecimal("35.00"));
        assertThat(document.at("/totals/shipping").decimalValue()).isEqualTo(new BigDecimal("5.00"));
        assertThat(document.at("/totals/tax").decimalValue()).isEqualTo(new BigDecimal("3.38"));
        assertThat(document.at("/totals/total").decimalValue()).isEqualTo(new BigDecimal("43.38"));
    }

    @Test
    void givesNullForWhatTheOrderDoesNotHave() {
        var document = documents.document(anOrder(new OrderDetails(OrderDetails.Format.xml, "<d/>")), null, null);

        for (var name : List.of("channelCode", "notes", "billingAddress", "details", "invoiceNumber")) {
            assertThat(document.get(name)).as(name).isNotNull();
            assertThat(document.get(name).isNull()).as(name).isTrue();
        }
        assertThat(document.at("/shippingAddress/line2").isNull()).isTrue();
    }
}

package dev.ordino.integrations.internal;

import dev.ordino.integrations.IntegrationType;
import java.util.List;
import org.springframework.stereotype.Component;

/** The connector for each type of integration. */
@Component
public class Connectors {

    private final List<OrderConnector> orders;
    private final List<InvoiceConnector> invoices;

    Connectors(List<OrderConnector> orders, List<InvoiceConnector> invoices) {
        this.orders = List.copyOf(orders);
        this.invoices = List.copyOf(invoices);
    }

    public OrderConnector orders(IntegrationType type) {
        return orders.stream()
                .filter(c -> c.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " takes no orders"));
    }

    public InvoiceConnector invoices(IntegrationType type) {
        return invoices.stream()
                .filter(c -> c.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " takes no invoices"));
    }
}

package dev.ordino.fulfillment.internal;

import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentLine;
import dev.ordino.orders.CustomerSnapshot;
import dev.ordino.orders.Order;
import dev.ordino.pricing.PricedOrder.PricedLine;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The subjects and texts of the e-mails fulfilment sends an order's customer: the order confirmation and the
 * shipping notice. Plain text, as billing writes its invoice e-mail; amounts at the currency's scale with its code.
 */
final class CustomerMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ROOT);

    private CustomerMails() {}

    static String confirmationSubject(Order order) {
        return "Order " + order.number() + " confirmed";
    }

    /** Thanks, then the lines with their quantities and amounts, shipping, tax and the total, and the address. */
    static String confirmationText(Order order) {
        var priced = order.priced();
        var pricedLines = priced.lines().stream().collect(Collectors.toMap(PricedLine::id, Function.identity()));
        var text = new StringBuilder();
        greet(text, order.customer());
        text.append("Thank you for your order ")
                .append(order.number())
                .append(" of ")
                .append(DAY.format(order.orderDate()))
                .append(". We have confirmed it and will let you know when it ships.\n\n");
        if (order.purchaseOrderNumber() != null && !order.purchaseOrderNumber().isBlank()) {
            text.append("Your purchase order: ")
                    .append(order.purchaseOrderNumber())
                    .append("\n\n");
        }
        text.append("What you ordered:\n");
        for (var line : order.lines()) {
            text.append("  ").append(line.quantity()).append(" × ").append(line.title());
            if (line.sku() != null && !line.sku().isBlank()) {
                text.append(" (").append(line.sku()).append(')');
            }
            var amounts = pricedLines.get(line.id().value());
            if (amounts != null) {
                text.append(": ").append(money(amounts.netTotal()));
                if (line.isRental()) {
                    text.append(" per month");
                }
            }
            text.append('\n');
        }
        text.append('\n');
        if (!priced.discounts().isZero()) {
            text.append("Discounts: ")
                    .append(money(priced.discounts().negate()))
                    .append('\n');
        }
        var shipping = order.pricing().shipping();
        if (shipping != null || !priced.shipping().isZero()) {
            text.append("Shipping")
                    .append(shipping != null && shipping.name() != null ? " (" + shipping.name() + ")" : "")
                    .append(": ")
                    .append(money(priced.shipping()))
                    .append('\n');
        }
        if (!priced.tax().isZero()) {
            text.append(priced.pricesIncludeTax() ? "Tax included: " : "Tax: ")
                    .append(money(priced.tax()))
                    .append('\n');
        }
        if (!priced.toolingTotal().isZero()) {
            text.append("Tooling: ").append(money(priced.toolingTotal())).append('\n');
        }
        if (!priced.otherCostsTotal().isZero()) {
            text.append("Other costs: ").append(money(priced.otherCostsTotal())).append('\n');
        }
        text.append("Total: ").append(money(priced.totalKnown())).append('\n');
        if (!priced.monthlyTotal().isZero()) {
            text.append("Monthly: ").append(money(priced.monthlyTotal())).append('\n');
        }
        if (order.shippingAddress() != null) {
            text.append("\nShipping to:\n");
            address(text, order.shippingAddress());
        }
        return text.toString();
    }

    static String shippingSubject(Shipment shipment) {
        return "Order " + shipment.orderNumber() + " shipped (" + shipment.number() + ")";
    }

    /** What left: the carrier, the tracking number and link, the lines in the shipment, where it goes. */
    static String shippingText(@Nullable CustomerSnapshot customer, Shipment shipment) {
        var text = new StringBuilder();
        greet(text, customer);
        text.append("Your shipment ")
                .append(shipment.number())
                .append(" of order ")
                .append(shipment.orderNumber())
                .append(" is on its way.\n\n");
        if (present(shipment.carrier())) {
            text.append("Carrier: ").append(shipment.carrier()).append('\n');
        }
        if (present(shipment.shippingMethodName())) {
            text.append("Shipping method: ")
                    .append(shipment.shippingMethodName())
                    .append('\n');
        }
        if (present(shipment.trackingNumber())) {
            text.append("Tracking number: ").append(shipment.trackingNumber()).append('\n');
        }
        for (var parcel : shipment.packages()) {
            if (present(parcel.trackingNumber()) && !parcel.trackingNumber().equals(shipment.trackingNumber())) {
                text.append("Tracking number: ").append(parcel.trackingNumber()).append('\n');
            }
        }
        if (present(shipment.trackingUrl())) {
            text.append("Track your shipment:\n").append(shipment.trackingUrl()).append('\n');
        }
        text.append("\nIn this shipment:\n");
        for (var line : shipment.lines()) {
            line(text, line);
        }
        text.append("\nShipping to:\n");
        address(text, shipment.address());
        return text.toString();
    }

    private static void greet(StringBuilder text, @Nullable CustomerSnapshot customer) {
        String name = null;
        if (customer != null) {
            name = present(customer.contactName()) ? customer.contactName() : customer.name();
        }
        text.append("Hello").append(present(name) ? " " + name.strip() : "").append(",\n\n");
    }

    private static void line(StringBuilder text, ShipmentLine line) {
        text.append("  ").append(line.quantity()).append(" × ").append(line.title());
        if (present(line.sku())) {
            text.append(" (").append(line.sku()).append(')');
        }
        text.append('\n');
    }

    private static void address(StringBuilder text, Address address) {
        text.append("  ").append(address.line1()).append('\n');
        if (present(address.line2())) {
            text.append("  ").append(address.line2()).append('\n');
        }
        text.append("  ")
                .append(address.postalCode())
                .append(' ')
                .append(address.city())
                .append('\n');
        if (present(address.region())) {
            text.append("  ").append(address.region()).append('\n');
        }
        text.append("  ").append(address.country()).append('\n');
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}

package dev.ordino.billing.internal;

import dev.ordino.billing.InvoiceDocument;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** The text of the e-mail that carries an invoice and its checkout link. */
final class InvoiceMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu");

    private InvoiceMails() {}

    static String text(InvoiceDocument invoice, String checkoutUrl, Instant linkExpires, @Nullable String message) {
        var text = new StringBuilder();
        text.append("Hello ")
                .append(
                        invoice.buyer().contactName() != null
                                ? invoice.buyer().contactName()
                                : invoice.buyer().name())
                .append(",\n\n");
        if (message != null && !message.isBlank()) {
            text.append(message.strip()).append("\n\n");
        }
        text.append("Your invoice ")
                .append(invoice.number())
                .append(invoice.orderNumber() == null ? "" : " for order " + invoice.orderNumber())
                .append(" is attached.\n\n");
        text.append("Amount due: ")
                .append(invoice.amountDue().amount().toPlainString())
                .append(' ')
                .append(invoice.amountDue().currency().getCurrencyCode())
                .append(", due ")
                .append(DAY.format(invoice.dueDate()))
                .append(".\n\n");
        text.append("Pay securely online:\n")
                .append(checkoutUrl)
                .append("\n(the link works until ")
                .append(DAY.format(linkExpires.atZone(ZoneOffset.UTC)))
                .append("; keep it to yourself: anyone with it can see and pay the order)\n\n");
        text.append(invoice.seller().name()).append('\n');
        return text.toString();
    }
}

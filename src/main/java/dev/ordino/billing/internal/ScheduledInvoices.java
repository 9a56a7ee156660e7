package dev.ordino.billing.internal;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which entries of an order's billing schedule became invoices: each one once, whoever triggers it first. */
@Repository
public class ScheduledInvoices {

    private final JdbcClient jdbc;

    ScheduledInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the entry for {@code invoiceId}; false when another invoice has it already. */
    public boolean claim(UUID orderId, String entryKey, UUID invoiceId) {
        try {
            return jdbc.sql("""
                    INSERT INTO scheduled_invoices (order_id, entry_key, invoice_id) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""").params(orderId, entryKey, invoiceId).update() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }
}

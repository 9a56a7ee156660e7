package dev.ordino.customers.internal;

import dev.ordino.customers.PaymentMethod;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' payment methods on file in SQL (table {@code customer_payment_methods}): tokens, never numbers. */
@Repository
public class PaymentMethods {

    private final JdbcClient jdbc;

    PaymentMethods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PaymentMethod method) {
        jdbc.sql("""
                INSERT INTO customer_payment_methods (id, customer_id, provider, token, provider_customer_id, brand,
                    last4, exp_month, exp_year, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        method.id(),
                        method.customerId(),
                        method.provider(),
                        method.token(),
                        method.providerCustomerId(),
                        method.brand(),
                        method.last4(),
                        method.expMonth(),
                        method.expYear(),
                        SortOrder.utc(method.createdAt()))
                .update();
    }

    /** The customer's payment methods, oldest first (as {@code expired = false}: the caller knows the month). */
    public List<PaymentMethod> findAll(UUID customerId) {
        return jdbc.sql("SELECT * FROM customer_payment_methods WHERE customer_id = ? ORDER BY created_at, id")
                .param(customerId)
                .query(PaymentMethods::row)
                .list();
    }

    public Optional<PaymentMethod> find(UUID customerId, UUID id) {
        return jdbc.sql("SELECT * FROM customer_payment_methods WHERE customer_id = ? AND id = ?")
                .params(customerId, id)
                .query(PaymentMethods::row)
                .optional();
    }

    public long count(UUID customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer_payment_methods WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    /** True when there was one to delete. */
    public boolean delete(UUID customerId, UUID id) {
        return jdbc.sql("DELETE FROM customer_payment_methods WHERE customer_id = ? AND id = ?")
                        .params(customerId, id)
                        .update()
                == 1;
    }

    private static PaymentMethod row(ResultSet rs, int rowNum) throws SQLException {
        return new PaymentMethod(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("provider"),
                rs.getString("token"),
                rs.getString("provider_customer_id"),
                rs.getString("brand"),
                rs.getString("last4"),
                rs.getInt("exp_month"),
                rs.getInt("exp_year"),
                false,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

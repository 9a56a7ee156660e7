package dev.ordino.billing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret checkout tokens derive from: {@code ordino.checkout.secret} (ORDINO_CHECKOUT_SECRET), or, when none
 * is configured (the embedded default), one made on first use and kept in the database so every instance shares it.
 */
@Component
public class CheckoutSecret {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String configured;
    private volatile CheckoutTokens tokens;

    CheckoutSecret(
            JdbcClient jdbc, TransactionTemplate transactions, @Value("${ordino.checkout.secret:}") String secret) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        if (!secret.isBlank() && secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("ordino.checkout.secret (ORDINO_CHECKOUT_SECRET) needs at least 32 bytes");
        }
        this.configured = secret;
    }

    public CheckoutTokens tokens() {
        var current = tokens;
        if (current == null) {
            current = new CheckoutTokens(configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8));
            tokens = current;
        }
        return current;
    }

    private byte[] stored() {
        var value = transactions.execute(status -> {
            jdbc.sql("INSERT INTO billing_secrets (name, secret) VALUES ('checkout', ?) ON CONFLICT DO NOTHING")
                    .param(CheckoutTokens.newNonce())
                    .update();
            return jdbc.sql("SELECT secret FROM billing_secrets WHERE name = 'checkout'")
                    .query(String.class)
                    .single();
        });
        return Base64.getUrlDecoder().decode(value);
    }
}

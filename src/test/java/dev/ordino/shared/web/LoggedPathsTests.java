package dev.ordino.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The logs never show the credentials a path carries. */
class LoggedPathsTests {

    @Test
    void checkoutTokensAndInboundSecretsAreMasked() {
        assertThat(LoggedPaths.of("/api/v1/integrations/0d8f/inbound/s3cr3t-value"))
                .isEqualTo("/api/v1/integrations/0d8f/inbound/***");
        assertThat(LoggedPaths.of("/checkout/tok.en/pay")).isEqualTo("/checkout/***/pay");
        assertThat(LoggedPaths.of("/api/v1/orders/42")).isEqualTo("/api/v1/orders/42");
    }
}

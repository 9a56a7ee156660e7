package dev.ordino.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A checkout link's token: 256 unguessable bits, derived with the server's secret, stored only as a hash. */
class CheckoutTokensTests {

    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTokenIsTheSameForItsNonceSoStaffCanCopyTheLinkAgain() {
        var tokens = new CheckoutTokens(SECRET);
        var nonce = CheckoutTokens.newNonce();

        assertThat(tokens.token(nonce)).isEqualTo(tokens.token(nonce)).hasSize(43);
        assertThat(CheckoutTokens.wellFormed(tokens.token(nonce))).isTrue();
    }

    @Test
    void withoutTheSecretTheStoredNonceOpensNothing() {
        var nonce = CheckoutTokens.newNonce();
        var other = new CheckoutTokens("another-secret-of-thirty-two-bytes-or-so".getBytes(StandardCharsets.UTF_8));

        assertThat(other.token(nonce)).isNotEqualTo(new CheckoutTokens(SECRET).token(nonce));
        assertThat(nonce).isNotEqualTo(new CheckoutTokens(SECRET).token(nonce));
    }

    @Test
    void everyLinkGetsItsOwnRandomNonce() {
        assertThat(CheckoutTokens.newNonce())
                .isNotEqualTo(CheckoutTokens.newNonce())
                .hasSize(43);
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensSha256() {
        var token = new CheckoutTokens(SECRET).token(CheckoutTokens.newNonce());

        assertThat(CheckoutTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
    }

    @Test
    void onlyTokensOfTheRightShapeAreLookedUp() {
        assertThat(CheckoutTokens.wellFormed("")).isFalse();
        assertThat(CheckoutTokens.wellFormed("x".repeat(42))).isFalse();
        assertThat(CheckoutTokens.wellFormed("a/b" + "x".repeat(40))).isFalse();
        assertThat(CheckoutTokens.wellFormed("x".repeat(43))).isTrue();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new CheckoutTokens("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

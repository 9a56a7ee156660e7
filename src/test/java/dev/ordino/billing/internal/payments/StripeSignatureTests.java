package dev.ordino.billing.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StripeSignatureTests {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String SECRET = "whsec_test_secret";
    private static final byte[] BODY =
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);

    private final StripeSignature signature = new StripeSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsTheSignatureOfTheBodyWithTheSecret() {
        var header = signature.header(NOW.getEpochSecond(), BODY);

        assertThat(signature.verifies(header, BODY)).isTrue();
    }

    @Test
    void acceptsAKnownVectorComputedOutsideOrdino() {
        // HMAC-SHA256("whsec_test_secret", "1765094400." + body), computed with openssl
        var header = "t=1765094400,v1=" + KnownVector.HEX;
        var atThatTime = new StripeSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(1765094400L), ZoneOffset.UTC));

        assertThat(atThatTime.verifies(header, BODY)).isTrue();
    }

    @Test
    void refusesATamperedBody() {
        var header = signature.header(NOW.getEpochSecond(), BODY);
        var tampered = "{\"id\":\"evt_1\",\"type\":\"payment_intent.payment_failed\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(header, tampered)).isFalse();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        var other = new StripeSignature("whsec_other", Clock.fixed(NOW, ZoneOffset.UTC));
        var header = other.header(NOW.getEpochSecond(), BODY);

        assertThat(signature.verifies(header, BODY)).isFalse();
    }

    @Test
    void refusesATimestampOlderThanFiveMinutes() {
        var old = signature.header(NOW.getEpochSecond() - 301, BODY);
        var justInTime = signature.header(NOW.getEpochSecond() - 300, BODY);

        assertThat(signature.verifies(old, BODY)).isFalse();
        assertThat(signature.verifies(justInTime, BODY)).isTrue();
    }

    @Test
    void acceptsWhenAnyOfSeveralV1SignaturesMatches() {
        var good = signature.header(NOW.getEpochSecond(), BODY).split(",v1=")[1];
        var header = "t=" + NOW.getEpochSecond() + ",v1=" + "00".repeat(32) + ",v1=" + good + ",v0=ignored";

        assertThat(signature.verifies(header, BODY)).isTrue();
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        assertThat(signature.verifies(null, BODY)).isFalse();
        assertThat(signature.verifies("", BODY)).isFalse();
        assertThat(signature.verifies("v1=abcd", BODY)).isFalse();
        assertThat(signature.verifies("t=" + NOW.getEpochSecond(), BODY)).isFalse();
        assertThat(signature.verifies("t=soon,v1=abcd", BODY)).isFalse();
        assertThat(signature.verifies("t=" + NOW.getEpochSecond() + ",v1=not-hex", BODY))
                .isFalse();
    }

    private static final class KnownVector {
        static final String HEX = "a6e82743ea910b7394dcbe06b0b17393d68279499f13dd3396f0fdba0067238b";
    }
}

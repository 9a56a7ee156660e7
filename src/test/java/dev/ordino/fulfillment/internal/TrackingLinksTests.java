package dev.ordino.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The customer's tracking link comes from a known carrier and a tracking number. No Spring. */
class TrackingLinksTests {

    @Test
    void aKnownCarrierGivesATrackingLink() {
        assertThat(TrackingLinks.of("UPS", "1Z 999")).isEqualTo("https://www.ups.com/track?tracknum=1Z+999");
    }

    @Test
    void anUnknownCarrierOrNoNumberGivesNone() {
        assertThat(TrackingLinks.of("Bob's vans", "42")).isNull();
        assertThat(TrackingLinks.of("UPS", " ")).isNull();
        assertThat(TrackingLinks.of(null, "42")).isNull();
    }
}

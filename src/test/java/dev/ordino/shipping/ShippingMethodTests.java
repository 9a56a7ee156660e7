package dev.ordino.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a method prices a shipment: brackets, chargeable weight, destinations, currency. */
class ShippingMethodTests {

    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static RateBracket bracket(String from, String upTo, String price) {
        return new RateBracket(new BigDecimal(from), upTo == null ? null : new BigDecimal(upTo), usd(price));
    }

    private static ShippingMethod method(RateBasis basis, List<String> countries, List<RateBracket> rates) {
        return new ShippingMethod(
                UUID.randomUUID(),
                "m",
                "Method",
                null,
                true,
                countries,
                basis,
                USD,
                rates,
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static Shipment shipment(int grams, Parcel parcel, String value) {
        return new Shipment("US", USD, grams, parcel, usd(value));
    }

    private final ShippingMethod byWeight = method(
            RateBasis.WEIGHT,
            List.of("US"),
            List.of(bracket("0", "1000", "5.00"), bracket("1000", "5000", "9.00"), bracket("5000", null, "20.00")));

    @Test
    void aBracketIncludesItsFromAndExcludesItsUpTo() {
        assertThat(byWeight.priceFor(shipment(999, null, "1.00"))).contains(usd("5.00"));
        assertThat(byWeight.priceFor(shipment(1000, null, "1.00"))).contains(usd("9.00"));
        assertThat(byWeight.priceFor(shipment(250_000, null, "1.00"))).contains(usd("20.00"));
    }

    @Test
    void theVolumetricWeightIsChargedWhenItIsHeavier() {
        // 50 × 40 × 30 cm = 60 000 cm³ → 12 000 g, more than the 800 g the items weigh.
        var bulky = new Parcel(null, 50, 40, 30);
        assertThat(shipment(800, bulky, "1.00").chargeableWeightGrams()).isEqualTo(12_000);
        assertThat(byWeight.priceFor(shipment(800, bulky, "1.00"))).contains(usd("20.00"));
    }

    @Test
    void aParcelsWeightReplacesTheItemsWeight() {
        var weighed = new Parcel(1200, null, null, null);
        assertThat(shipment(300, weighed, "1.00").chargeableWeightGrams()).isEqualTo(1200);
        assertThat(byWeight.priceFor(shipment(300, weighed, "1.00"))).contains(usd("9.00"));
    }

    @Test
    void orderValueBracketsCanMakeShippingFreeFromAnAmount() {
        var freeOver100 = method(
                RateBasis.ORDER_VALUE, List.of(), List.of(bracket("0", "100", "7.50"), bracket("100", null, "0.00")));
        assertThat(freeOver100.priceFor(shipment(10, null, "99.99"))).contains(usd("7.50"));
        assertThat(freeOver100.priceFor(shipment(10, null, "100.00"))).contains(usd("0.00"));
    }

    @Test
    void aMethodDoesNotShipToOtherCountriesOrInOtherCurrenciesOrWhenInactive() {
        assertThat(byWeight.priceFor(new Shipment("CA", USD, 10, null, usd("1.00"))))
                .isEmpty();
        assertThat(byWeight.priceFor(
                        new Shipment("US", Currency.getInstance("EUR"), 10, null, Money.of("1.00", "EUR"))))
                .isEmpty();
        var inactive = new ShippingMethod(
                UUID.randomUUID(),
                "m",
                "M",
                null,
                false,
                List.of(),
                RateBasis.WEIGHT,
                USD,
                List.of(bracket("0", null, "1.00")),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
        assertThat(inactive.priceFor(shipment(10, null, "1.00"))).isEmpty();
    }

    @Test
    void aShipmentOutsideEveryBracketCannotBeSent() {
        var light = method(RateBasis.WEIGHT, List.of(), List.of(bracket("0", "1000", "5.00")));
        assertThat(light.priceFor(shipment(1000, null, "1.00"))).isEmpty();
    }
}

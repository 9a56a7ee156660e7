package dev.ordino.pricing;

import dev.ordino.pricing.PricingInput.Delivery;
import dev.ordino.pricing.PricingInput.Discount;
import dev.ordino.pricing.PricingInput.Line;
import dev.ordino.pricing.PricingInput.OrderDiscount;
import dev.ordino.pricing.PricingInput.OtherCost;
import dev.ordino.pricing.PricingInput.TaxRate;
import dev.ordino.pricing.PricingInput.Taxation;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prices a 50-line order with 3 promotions (two product promotions on every other line, one coupon on the
 * order), two tax rates, shipping, a deposit, tooling, deliveries on two dates and Net 30. Run it with
 * {@code ./mvnw -Pbenchmarks -DskipTests test-compile exec:exec}; the median (p0.50) is in docs/pricing.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PricingBenchmark {

    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 12, 1);

    private PricingInput order;

    @Setup
    public void setUp() {
        var usd = Currency.getInstance("USD");
        var spring = Discount.percentage("Spring sale", new BigDecimal("10"));
        var bundle = Discount.amountOff("Bundle", Money.of("0.25", "USD"));
        var lines = new ArrayList<Line>();
        for (int i = 0; i < 50; i++) {
            var price = Money.of(BigDecimal.valueOf(1999 + 37L * i, 2), "USD");
            var quantity = 10 + i;
            lines.add(new Line(
                    UUID.randomUUID(),
                    "SKU-" + i,
                    "Part " + i,
                    price,
                    quantity,
                    null,
                    i % 10 == 0 ? Money.of("250.00", "USD") : null,
                    ORDER_DATE.plusDays(14),
                    List.of(
                            new Delivery(ORDER_DATE.plusDays(20), quantity / 2),
                            new Delivery(ORDER_DATE.plusDays(50), quantity - quantity / 2)),
                    i % 7 == 0 ? Discount.percentage("Key account", new BigDecimal("5")) : null,
                    i % 2 == 0 ? List.of(spring, bundle) : List.of(),
                    i % 5 == 0 ? "reduced" : null,
                    true));
        }
        order = new PricingInput(
                usd,
                ORDER_DATE,
                30,
                lines,
                List.of(new OtherCost(UUID.randomUUID(), "Freight", Money.of("350.00", "USD"))),
                List.of(),
                List.of(new OrderDiscount(
                        UUID.randomUUID(),
                        "WELCOME10",
                        Discount.percentage("Welcome", new BigDecimal("10")),
                        Money.of("100.00", "USD"))),
                new Taxation(
                        false,
                        List.of(
                                new TaxRate("standard", "State tax", new BigDecimal("6.25")),
                                new TaxRate("standard", "County tax", new BigDecimal("1.75")),
                                new TaxRate("reduced", "State tax", new BigDecimal("2.5")),
                                new TaxRate("shipping", "State tax", new BigDecimal("6.25")))),
                Money.of("42.00", "USD"),
                30);
    }

    @Benchmark
    public PricedOrder priceA50LineOrder() {
        return Pricing.price(order);
    }
}

package dev.ordino.billing.documents;

import static dev.ordino.billing.documents.InvoiceSamples.anOrderIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.billing.internal.documents.InvoiceMapping;
import dev.ordino.pricing.PricingInput;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An order's invoice says exactly what its pricing says: the amounts add up to the order's total to the cent. */
class InvoiceMappingTests {

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(
                        "plain, untaxed",
                        anOrderIn("USD").line("Widget", "10.00", 3).line("Gadget", "7.35", 1)),
                Arguments.of(
                        "tax added, shipping taxed, percent off, credit",
                        anOrderIn("EUR")
                                .taxed("19")
                                .line("Bracket", "12.99", 7)
                                .line("Bolt", "0.33", 101)
                                .line("Nut", "0.17", 33)
                                .shipping("9.90")
                                .percentOff("WINTER", "7.5")
                                .credit("3.33")),
                Arguments.of(
                        "tax included, debit, tooling, other costs (one to be determined)",
                        anOrderIn("EUR")
                                .taxed("19")
                                .pricesIncludeTax()
                                .line(
                                        "Mould part",
                                        "4.99",
                                        13,
                                        null,
                                        "250.00",
                                        List.of(PricingInput.Discount.percentage("volume", new BigDecimal("3"))))
                                .line("Sleeve", "1.01", 9)
                                .shipping("5.95")
                                .debit("1.11")
                                .otherCost("Certification", "80.00")
                                .otherCost("Freight to site", null)),
                Arguments.of(
                        "in yen, tax added",
                        anOrderIn("JPY")
                                .taxed("10")
                                .line("Tea", "1234", 3)
                                .shipping("500")
                                .percentOff("A", "5")),
                Arguments.of(
                        "more credit than the items",
                        anOrderIn("EUR").taxed("7").line("Book", "20.00", 1).credit("25.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void linesChargesAndTaxAddUpToTheOrdersTotalExactly(String name, InvoiceSamples order) {
        var source = order.source();
        var invoice = InvoiceMapping.preview(source, InvoiceSamples.SELLER.party(), InvoiceSamples.TODAY);
        var totals = invoice.totals();
        var zero = Money.zero(totals.total().currency());

        for (var line : invoice.lines()) {
            assertThat(line.unitPrice().times(line.quantity().longValueExact()).minus(line.discount()))
                    .as("%s: quantity × unit price − discount", line.description())
                    .isEqualTo(line.total());
        }
        assertThat(invoice.lines().stream().map(InvoiceDocument.Line::total).reduce(zero, Money::plus))
                .isEqualTo(totals.subtotal());
        assertThat(invoice.charges().stream()
                        .map(InvoiceDocument.Charge::amount)
                        .reduce(zero, Money::plus))
                .isEqualTo(totals.charges());
        assertThat(invoice.taxes().stream().map(InvoiceDocument.TaxLine::amount).reduce(zero, Money::plus))
                .isEqualTo(totals.tax())
                .isEqualTo(source.priced().tax());
        var expected = totals.subtotal().plus(totals.charges()).plus(totals.taxIncluded() ? zero : totals.tax());
        assertThat(totals.total()).isEqualTo(expected).isEqualTo(source.priced().totalKnown());
        assertThat(invoice.amountDue()).isEqualTo(totals.total());
    }

    @Test
    void discountsAndCreditsAreInsideTheLinesNotChargedAgain() {
        var invoice = anOrderIn("EUR")
                .line("Bracket", "100.00", 2)
                .percentOff("WINTER", "10")
                .credit("5.00")
                .preview();

        var line = invoice.lines().get(0);
        assertThat(line.discount()).isEqualTo(Money.of("25.00", "EUR"));
        assertThat(line.total()).isEqualTo(Money.of("175.00", "EUR"));
        assertThat(invoice.charges()).isEmpty();
    }

    @Test
    void shippingIsAChargeTaxedAtTheShippingRateAndToBeDeterminedCostsAreLeftOut() {
        var invoice = anOrderIn("EUR")
                .taxed("19")
                .line("Bracket", "10.00", 1)
                .shipping("4.90")
                .otherCost("Freight to site", null)
                .otherCost("Certification", "30.00")
                .preview();

        assertThat(invoice.charges())
                .extracting(InvoiceDocument.Charge::description, c -> c.amount().amount(), c -> c.taxRate())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Shipping", new BigDecimal("4.90"), new BigDecimal("19")),
                        org.assertj.core.groups.Tuple.tuple("Certification", new BigDecimal("30.00"), BigDecimal.ZERO));
        assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
            assertThat(tax.taxable()).isEqualTo(Money.of("14.90", "EUR"));
            assertThat(tax.amount()).isEqualTo(Money.of("2.83", "EUR"));
        });
    }

    @Test
    void aRentalIsInvoicedForItsFirstMonth() {
        var invoice = anOrderIn("EUR")
                .taxed("19")
                .rental("Forklift", "300.00", 2, 12)
                .line("Pallet", "10.00", 1)
                .preview();

        assertThat(invoice.lines().get(0).description()).isEqualTo("Forklift (first month of a 12-month contract)");
        assertThat(invoice.lines().get(0).total()).isEqualTo(Money.of("600.00", "EUR"));
        assertThat(invoice.totals().tax()).isEqualTo(Money.of("115.90", "EUR"));
        assertThat(invoice.totals().total()).isEqualTo(Money.of("725.90", "EUR"));
    }

    @Test
    void withoutPaymentTermsTheInvoiceIsDueOnTheDayItIsIssued() {
        var invoice = anOrderIn("EUR").line("Bracket", "10.00", 1).preview();

        assertThat(invoice.issueDate()).isEqualTo(InvoiceSamples.TODAY);
        assertThat(invoice.dueDate()).isEqualTo(InvoiceSamples.TODAY);
        assertThat(invoice.paymentTerms()).isEqualTo("Due on receipt");
    }

    @Test
    void withNet30TheInvoiceIsDue30DaysAfterItIsIssued() {
        var invoice = anOrderIn("EUR").line("Bracket", "10.00", 1).net(30).preview();

        assertThat(invoice.dueDate()).isEqualTo(InvoiceSamples.TODAY.plusDays(30));
        assertThat(invoice.paymentTerms()).isEqualTo("Net 30 days");
    }

    @Test
    void aPreviewHasNoNumberAndIsADraftFromTheConfiguredSellerToTheCustomersBillingAddress() {
        var invoice = anOrderIn("EUR")
                .line("Bracket", "10.00", 1)
                .purchaseOrder("PO-77")
                .preview();

        assertThat(invoice.number()).isNull();
        assertThat(invoice.id()).isNull();
        assertThat(invoice.status()).isEqualTo(InvoiceDocument.Status.DRAFT);
        assertThat(invoice.kind()).isEqualTo(InvoiceDocument.Kind.INVOICE);
        assertThat(invoice.seller().vatId()).isEqualTo("DE123456789");
        assertThat(invoice.buyer().business()).isTrue();
        assertThat(invoice.buyer().address()).isEqualTo(InvoiceSamples.BERLIN);
        assertThat(invoice.shippingAddress()).isEqualTo(InvoiceSamples.MUNICH);
        assertThat(invoice.purchaseOrderNumber()).isEqualTo("PO-77");
        assertThat(invoice.orderNumber()).isEqualTo("SO-100042");
    }

    @Test
    void withoutABillingAddressTheBuyerIsAddressedAtTheShippingAddress() {
        var invoice = anOrderIn("EUR")
                .line("Bracket", "10.00", 1)
                .withoutBillingAddress()
                .preview();

        assertThat(invoice.buyer().address()).isEqualTo(InvoiceSamples.MUNICH);
    }
}

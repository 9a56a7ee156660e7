package dev.ordino.billing.internal.documents;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.Charge;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;
import org.springframework.stereotype.Component;

/**
 * The invoice PDF, with an EN 16931 e-invoice (Factur-X / ZUGFeRD 2, profile EN16931) embedded in the PDF/A-3
 * when it applies: a business buyer, and seller and buyer both in the EU. Any other invoice is the plain
 * PDF/A.
 *
 * <p>The XML states net amounts: when prices include tax, each line's and charge's tax is taken out first. A
 * line's net unit price is its net total over its quantity (four decimals), so its discounts are inside it;
 * shipping, tooling and other costs are document-level charges, credits an allowance. Mustang computes the
 * XML's VAT per rate from those nets, which can differ from the document's per-line rounded tax by a cent.
 */
@Component
public class EInvoices {

    /** The EU member states, as ISO 3166-1 alpha-2 codes (Greece is GR). */
    static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final String PIECE = "H87";

    private final InvoiceRenderer renderer;
    private final SellerProperties seller;

    public EInvoices(InvoiceRenderer renderer, SellerProperties seller) {
        this.renderer = renderer;
        this.seller = seller;
    }

    /** Whether the document is also an EN 16931 e-invoice: a business buyer, seller and buyer in the EU. */
    public static boolean applies(InvoiceDocument invoice) {
        return invoice.buyer().business()
                && inEu(invoice.seller().address())
                && inEu(invoice.buyer().address())
                && invoice.seller().vatId() != null;
    }

    /** The PDF/A-3 of the document, with the e-invoice embedded when it {@link #applies}. */
    public byte[] render(InvoiceDocument invoice) {
        var pdf = renderer.pdf(invoice);
        return applies(invoice) ? embed(pdf, invoice) : pdf;
    }

    /** The e-invoice of the document attached to its PDF/A-3 as {@code factur-x.xml}. */
    byte[] embed(byte[] pdf, InvoiceDocument invoice) {
        try (var exporter = new ZUGFeRDExporterFromPDFA()) {
            exporter.load(pdf);
            exporter.setProfile(Profiles.getByName("EN16931"));
            exporter.setProducer("Ordino");
            exporter.setCreator("Ordino");
            exporter.setTransaction(transaction(invoice));
            var out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not embed the e-invoice", e);
        }
    }

    /** The document as Mustang's invoice: parties, items, charges, dates, terms and references. */
    Invoice transaction(InvoiceDocument invoice) {
        var included = invoice.totals().taxIncluded();
        var currency = invoice.totals().total().currency().getCurrencyCode();
        var number = invoice.number() != null
                ? invoice.number()
                : "PREVIEW-" + (invoice.orderNumber() == null ? "ORDER" : invoice.orderNumber());
        var result = new Invoice()
                .setNumber(number)
                .setCurrency(currency)
                .setIssueDate(date(invoice.issueDate()))
                .setDeliveryDate(date(invoice.issueDate()))
                .setSender(party(invoice.seller(), true))
                .setRecipient(party(invoice.buyer(), false));
        if (invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            result.setCreditNote();
            if (invoice.creditedInvoiceNumber() != null) {
                result.setInvoiceReferencedDocumentID(invoice.creditedInvoiceNumber());
            }
        } else {
            result.setDueDate(date(invoice.dueDate()));
        }
        if (invoice.paymentTerms() != null) {
            result.setPaymentTermDescription(invoice.paymentTerms());
        }
        if (invoice.purchaseOrderNumber() != null) {
            result.setBuyerOrderReferencedDocumentID(invoice.purchaseOrderNumber());
        }
        if (invoice.orderNumber() != null) {
            result.setSellerOrderReferencedDocumentID(invoice.orderNumber());
        }
        if (invoice.customerNote() != null) {
            result.addNote(invoice.customerNote());
        }
        for (var line : invoice.lines()) {
            var net = net(line.total(), line.tax(), included);
            var quantity = line.quantity().signum() == 0 ? BigDecimal.ONE : line.quantity();
            var product = new Product(line.description(), "", PIECE, line.taxRate());
            product.setTaxCategoryCode(category(line.taxRate()));
            if (line.sku() != null) {
                product.setSellerAssignedID(line.sku());
            }
            result.addItem(new Item(product, net.divide(quantity, 4, RoundingMode.HALF_EVEN), quantity));
        }
        for (var charge : invoice.charges()) {
            var net = included
                    ? withoutTax(charge.amount(), charge.taxRate())
                    : charge.amount().amount();
            if (net.signum() > 0) {
                result.addCharge(new Charge(net)
                        .setReason(charge.description())
                        .setTaxPercent(charge.taxRate())
                        .setCategoryCode(category(charge.taxRate())));
            } else if (net.signum() < 0) {
                result.addAllowance(new Allowance(net.negate())
                        .setReason(charge.description())
                        .setTaxPercent(charge.taxRate())
                        .setCategoryCode(category(charge.taxRate())));
            }
        }
        return result;
    }

    private TradeParty party(InvoiceDocument.Party party, boolean isSeller) {
        var address = party.address();
        var result = new TradeParty(
                party.name(),
                address == null ? "" : street(address),
                address == null ? "" : address.postalCode(),
                address == null ? "" : address.city(),
                address == null ? "" : address.country());
        if (address != null && address.line2() != null && !address.line2().isBlank()) {
            result.setAdditionalAddress(address.line2());
        }
        if (party.vatId() != null) {
            result.setVATID(party.vatId());
        }
        if (party.email() != null) {
            result.setEmail(party.email());
        }
        if (isSeller) {
            var iban = SellerProperties.blankToNull(seller.iban());
            if (iban != null) {
                var bank = new BankDetails(iban);
                var bic = SellerProperties.blankToNull(seller.bic());
                if (bic != null) {
                    bank.setBIC(bic);
                }
                result.addBankDetails(bank);
            }
            result.setContact(new Contact(party.name(), party.phone(), party.email()));
            if (seller.taxId() != null && !seller.taxId().isBlank()) {
                result.setTaxID(seller.taxId());
            }
        } else if (party.contactName() != null) {
            result.setContact(new Contact(party.contactName(), party.phone(), party.email()));
        }
        return result;
    }

    private static String street(Address address) {
        return address.line1();
    }

    /** S (standard rate) for a positive rate, Z (zero rated) for none. */
    static String category(BigDecimal rate) {
        return rate.signum() > 0 ? "S" : "Z";
    }

    private static BigDecimal net(Money total, Money tax, boolean included) {
        return included ? total.minus(tax).amount() : total.amount();
    }

    private static BigDecimal withoutTax(Money gross, BigDecimal rate) {
        return gross.fraction(BigDecimal.valueOf(100), BigDecimal.valueOf(100).add(rate))
                .amount();
    }

    private static boolean inEu(@Nullable Address address) {
        return address != null && address.country() != null && EU.contains(address.country());
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}

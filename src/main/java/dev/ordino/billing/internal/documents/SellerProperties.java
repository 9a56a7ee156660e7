package dev.ordino.billing.internal.documents;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.shared.Address;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the invoices ({@code ordino.seller.*}): the company's name, postal address, VAT registration and
 * how to reach and pay it. The seller's VAT id is required on an EU e-invoice; {@code iban}/{@code bic}, when
 * set, are printed and put into the e-invoice as the credit transfer account.
 */
@ConfigurationProperties("ordino.seller")
public record SellerProperties(
        String name,
        String street,
        @Nullable String street2,
        String postalCode,
        String city,
        @Nullable String region,
        String country,
        @Nullable String vatId,
        @Nullable String taxId,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String iban,
        @Nullable String bic) {

    public SellerProperties {
        name = orElse(name, "Ordino Demo GmbH");
        street = orElse(street, "Musterstraße 1");
        postalCode = orElse(postalCode, "10115");
        city = orElse(city, "Berlin");
        country = orElse(country, "DE").trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The seller as an invoice names it. */
    public InvoiceDocument.Party party() {
        return new InvoiceDocument.Party(
                name,
                null,
                blankToNull(email),
                blankToNull(phone),
                blankToNull(vatId),
                new Address(null, street, blankToNull(street2), city, blankToNull(region), postalCode, country),
                true);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

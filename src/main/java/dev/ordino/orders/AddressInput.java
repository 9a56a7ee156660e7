package dev.ordino.orders;

import dev.ordino.shared.Address;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An address given for an order: either {@code addressId}, an entry of the customer's address book that is
 * copied, or the address fields themselves. With {@code saveToAddressBook} a typed address is also added to
 * the customer's address book; otherwise the address book stays as it is.
 */
public record AddressInput(
        UUID addressId,
        @Size(max = 100) String label,
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,
        @Size(max = 2) String country,
        Boolean saveToAddressBook) {

    /** An entry of the customer's address book, copied as it is. */
    public static AddressInput fromAddressBook(UUID addressId) {
        return new AddressInput(addressId, null, null, null, null, null, null, null, null);
    }

    /** An address typed for the order, without a label; {@code saveToAddressBook} keeps it for the customer. */
    public static AddressInput typed(
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country,
            Boolean saveToAddressBook) {
        return new AddressInput(null, null, line1, line2, city, region, postalCode, country, saveToAddressBook);
    }

    Address toAddress() {
        return new Address(label, line1, line2, city, region, postalCode, country);
    }
}

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

    Address toAddress() {
        return new Address(label, line1, line2, city, region, postalCode, country);
    }
}

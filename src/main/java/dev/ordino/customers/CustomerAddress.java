package dev.ordino.customers;

import dev.ordino.shared.Address;
import java.util.UUID;

/** An entry of a customer's address book; its id serves as a delivery location on orders. */
public record CustomerAddress(
        UUID id,
        String label,
        String line1,
        String line2,
        String city,
        String region,
        String postalCode,
        String country) {

    public static CustomerAddress of(UUID id, Address address) {
        return new CustomerAddress(
                id,
                address.label(),
                address.line1(),
                address.line2(),
                address.city(),
                address.region(),
                address.postalCode(),
                address.country());
    }

    public Address toAddress() {
        return new Address(label, line1, line2, city, region, postalCode, country);
    }
}

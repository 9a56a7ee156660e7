package dev.ordino.customers;

import java.util.UUID;

/**
 * A customer's type, e-mail or name changed. Published inside the changing transaction, so that modules
 * holding a copy (draft orders) update it in the same commit or not at all.
 */
public record CustomerRenamed(
        UUID customerId, CustomerType type, String email, String displayName, String contactName) {

    static CustomerRenamed of(Customer customer) {
        return new CustomerRenamed(
                customer.id(),
                customer.type(),
                customer.email(),
                customer.displayName(),
                customer.firstName() + " " + customer.lastName());
    }
}

package dev.ordino.orders;

import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerRenamed;
import java.util.UUID;

/**
 * The customer as the order knows it: copied when the customer is set, so lists and search need not ask the
 * customers module. {@code type} is INDIVIDUAL or BUSINESS; {@code name} is the company for a business,
 * {@code contactName} the person.
 */
public record CustomerSnapshot(UUID id, String type, String email, String name, String contactName) {

    /** The customer as it is now. */
    static CustomerSnapshot of(Customer customer) {
        return new CustomerSnapshot(
                customer.id(),
                customer.type().name(),
                customer.email(),
                customer.displayName(),
                customer.firstName() + " " + customer.lastName());
    }

    /** The customer as it was renamed. */
    static CustomerSnapshot of(CustomerRenamed renamed) {
        return new CustomerSnapshot(
                renamed.customerId(),
                renamed.type().name(),
                renamed.email(),
                renamed.displayName(),
                renamed.contactName());
    }
}

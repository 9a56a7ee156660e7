package dev.ordino.customers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer: a person, or a business with a contact person. Only businesses get payment terms other than
 * IMMEDIATE. {@code priceListId}: the price list the customer buys from (before the channel's);
 * {@code taxExempt}: pays no tax, with {@code taxExemptionNumber} (a resale or exemption certificate).
 */
public record Customer(
        UUID id,
        CustomerType type,
        String email,
        String firstName,
        String lastName,
        String phone,
        String companyName,
        PaymentTerms paymentTerms,
        UUID billingGroupId,
        UUID priceListId,
        boolean taxExempt,
        String taxExemptionNumber,
        List<CustomerAddress> addresses,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Customer {
        addresses = List.copyOf(addresses);
    }

    /** The name shown on orders: the company for a business with one, else the person ({@code name} in JSON). */
    @JsonProperty(value = "name", access = JsonProperty.Access.READ_ONLY)
    public String displayName() {
        if (type == CustomerType.BUSINESS && companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        return firstName + " " + lastName;
    }

    public Optional<CustomerAddress> address(UUID addressId) {
        return addresses.stream().filter(a -> a.id().equals(addressId)).findFirst();
    }
}

package dev.ordino.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A partial update of a customer: only the fields sent change; {@code null} clears phone, company name and
 * billing group and puts payment terms back to IMMEDIATE. Addresses change through their own resource.
 */
public record CustomerChanges(
        CustomerType type,
        @Email @Size(min = 1, max = 254) String email,
        @Size(min = 1, max = 100) String firstName,
        @Size(min = 1, max = 100) String lastName,
        @Size(max = 40) String phone,
        @Size(max = 200) String companyName,
        PaymentTerms paymentTerms,
        UUID billingGroupId,
        UUID priceListId,
        Boolean taxExempt,
        @Size(max = 50) String taxExemptionNumber) {}

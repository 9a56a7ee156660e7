package dev.ordino.customers;

import dev.ordino.shared.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What it takes to create a customer. {@code paymentTerms} defaults to IMMEDIATE; other terms and a billing
 * group are for business customers only; a business customer needs a {@code companyName}.
 */
public record NewCustomer(
        @NotNull CustomerType type,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 40) String phone,
        @Size(max = 200) String companyName,
        PaymentTerms paymentTerms,
        UUID billingGroupId,
        UUID priceListId,
        Boolean taxExempt,
        @Size(max = 50) String taxExemptionNumber,
        @Size(max = CustomerManagement.MAX_ADDRESSES) List<@NotNull @Valid Address> addresses) {}

package dev.ordino.customers;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A payment method to keep on file, as the provider gave it after the customer entered their card there: the
 * provider's token ({@code pm_...}), never the card number.
 */
@Schema(description = "A payment method on file: the provider's token, never a card number")
public record NewPaymentMethod(
        @Schema(example = "stripe") @Nullable String provider,

        @Schema(example = "pm_1Q0PsIJvEtkwdCNYMSaVuRz6") @Nullable
        String token,

        @Schema(example = "cus_NffrFeUfNV2Hib") @Nullable String providerCustomerId,
        @Schema(example = "visa") @Nullable String brand,
        @Schema(example = "4242") @Nullable String last4,
        @Schema(example = "12") @Nullable Integer expMonth,
        @Schema(example = "2030") @Nullable Integer expYear) {}

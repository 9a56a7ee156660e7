package dev.ordino.subscriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Registers an asset: its serial number (unique) and the product (and variant) it is one of. */
public record NewAsset(
        @NotBlank @Size(max = 100) String serialNumber,
        @NotNull UUID productId,
        @Nullable UUID variantId) {}

package dev.ordino.subscriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Fulfils one unit of a rental line with the asset {@code serialNumber}, from {@code startDate} (default today). */
public record NewSubscription(
        @NotBlank @Size(max = 100) String serialNumber,
        @Nullable LocalDate startDate) {}

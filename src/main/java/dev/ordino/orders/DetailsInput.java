package dev.ordino.orders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Free-form order details: {@code format} json or xml, and the content, which must be well-formed. */
public record DetailsInput(
        @NotNull OrderDetails.Format format,
        @NotNull @Size(max = 100_000) String content) {}

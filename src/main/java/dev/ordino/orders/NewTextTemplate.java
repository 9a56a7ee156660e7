package dev.ordino.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new text template; its name is unique among the templates of its kind (ignoring case). */
public record NewTextTemplate(
        @NotNull TextTemplateKind kind,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = TextTemplateChanges.TEXT) String text) {}

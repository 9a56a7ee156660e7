package dev.ordino.orders;

import jakarta.validation.constraints.Size;

/** A partial update of a text template: its name or its text; its kind stays. */
public record TextTemplateChanges(
        @Size(min = 1, max = 100) String name,
        @Size(min = 1, max = TEXT) String text) {

    /** The longest text a template (and so an order's terms) holds. */
    public static final int TEXT = 20000;
}

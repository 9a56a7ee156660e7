package dev.ordino.orders;

/** What a text template is for: an order's note to the customer, or its terms. */
public enum TextTemplateKind {
    NOTE,
    TERMS
}

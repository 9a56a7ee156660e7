package dev.ordino.catalog;

/** Filters of the product list: {@code q} matches SKU (also a variant's) or name, partially, ignoring case. */
public record ProductQuery(String q, Boolean purchasable, String sort) {}

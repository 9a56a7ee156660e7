package dev.ordino.customers;

/**
 * Filters of the customer list: {@code q} matches first name, last name, full name (first then last), company
 * name or e-mail, partially, ignoring case; {@code type} keeps one kind of customer.
 */
public record CustomerQuery(String q, CustomerType type, String sort) {}

package dev.ordino.customers;

public enum CustomerType {
    INDIVIDUAL,
    BUSINESS
}

package dev.ordino.orders;

import java.util.UUID;

/**
 * The customer as the order knows it: copied when the customer is set, so lists and search need not ask the
 * customers module. {@code type} is INDIVIDUAL or BUSINESS; {@code name} is the company for a business,
 * {@code contactName} the person.
 */
public record CustomerSnapshot(UUID id, String type, String email, String name, String contactName) {}

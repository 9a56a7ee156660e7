package dev.ordino.mail;

/** A file sent with an e-mail, such as an invoice's PDF. */
public record Attachment(String filename, String contentType, byte[] content) {}

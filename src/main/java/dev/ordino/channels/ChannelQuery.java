package dev.ordino.channels;

/**
 * Filters of the channel list: {@code q} matches code, name or a tag, partially, ignoring case;
 * {@code workflow} and {@code internal} keep one kind of channel.
 */
public record ChannelQuery(String q, Workflow workflow, Boolean internal, String sort) {}

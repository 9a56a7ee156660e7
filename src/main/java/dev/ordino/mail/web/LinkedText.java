package dev.ordino.mail.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain text cut into plain parts and web links ({@code http://} and {@code https://} only), so a page can show
 * the links clickable while everything else stays escaped text.
 */
record LinkedText(String text, boolean link) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Sentence punctuation right after a link is not part of it. */
    private static final String TRAILING = ".,;:!?)]";

    static List<LinkedText> split(String text) {
        var parts = new ArrayList<LinkedText>();
        var matcher = URL.matcher(text);
        int at = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > at) {
                parts.add(new LinkedText(text.substring(at, matcher.start()), false));
            }
            parts.add(new LinkedText(text.substring(matcher.start(), end), true));
            at = end;
        }
        if (at < text.length()) {
            parts.add(new LinkedText(text.substring(at), false));
        }
        return parts;
    }
}

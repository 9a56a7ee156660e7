package dev.ordino.fulfillment.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The page where a customer follows a parcel, for the carriers whose tracking URL is known. */
final class TrackingLinks {

    private static final Map<String, String> BY_CARRIER = Map.of(
            "ups", "https://www.ups.com/track?tracknum=",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr=",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=",
            "dhl", "https://www.dhl.com/en/express/tracking.html?AWB=",
            "dpd", "https://tracking.dpd.de/parcelstatus?query=",
            "gls", "https://gls-group.com/track/",
            "royal mail", "https://www.royalmail.com/track-your-item#/tracking-results/",
            "postnl", "https://postnl.nl/tracktrace/?B=");

    private TrackingLinks() {}

    /** The tracking page of {@code number} at {@code carrier}; none for an unknown carrier or no number. */
    static @Nullable String of(@Nullable String carrier, @Nullable String number) {
        if (carrier == null || number == null || number.isBlank()) {
            return null;
        }
        var base = BY_CARRIER.get(carrier.strip().toLowerCase(Locale.ROOT));
        return base == null ? null : base + URLEncoder.encode(number.strip(), StandardCharsets.UTF_8);
    }
}

package dev.ordino.orders.web;

import dev.ordino.orders.TimelineEntry;
import dev.ordino.shared.PersonalData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A timeline entry's detail as the page says it: each value in words, never a raw map. A customer copy is its
 * name, an amount its number and currency, a delivery its mode and splits, any other map its {@code key: value}
 * pairs, a list its items. For a caller who sees personal data masked the words come from the masked entry.
 */
public record TimelineDetails(TimelineEntry entry, List<Item> details)
        implements PersonalData.Masking<TimelineDetails> {

    /** One {@code key: value} of the detail, the value already in words. */
    public record Item(String key, String value) {}

    static TimelineDetails of(TimelineEntry entry) {
        var items = new ArrayList<Item>();
        if (entry.detail() != null) {
            entry.detail().forEach((key, value) -> items.add(new Item(key, text(value))));
        }
        return new TimelineDetails(entry, List.copyOf(items));
    }

    /** Said again from the masked entry: the words are written from the data, so they are masked with it. */
    @Override
    public TimelineDetails masked() {
        return of(PersonalData.maskAll(entry));
    }

    static String text(@Nullable Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Map<?, ?> map) {
            return mapText(map);
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty()
                    ? "none"
                    : items.stream().map(TimelineDetails::text).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    private static String mapText(Map<?, ?> map) {
        if (map.isEmpty()) {
            return "none";
        }
        if (map.get("name") instanceof String name && map.containsKey("email")) {
            return name; // a customer copy
        }
        if (map.containsKey("amount") && map.containsKey("currency") && map.size() == 2) {
            return map.get("amount") + " " + map.get("currency");
        }
        if (map.get("mode") != null && map.get("splits") instanceof Collection<?> splits) {
            return splits.isEmpty() ? String.valueOf(map.get("mode")) : map.get("mode") + ": " + text(splits);
        }
        return map.entrySet().stream()
                .map(e -> e.getKey() + ": " + text(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}

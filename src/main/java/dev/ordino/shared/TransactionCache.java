package dev.ordino.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction has already read, so that one request that needs the same channel, customer
 * or product several times (to check it, to price each line, to snapshot it) asks the database once. A
 * full order of three lines read them 5, 4 and 4 times each before this.
 *
 * <p>It lives exactly as long as the transaction and is dropped when it ends, so no other request, and no
 * other instance, ever sees a copy: it cannot serve anything a fresh read in the same transaction could
 * not. A repository puts its reads through {@link #get} and calls {@link #forget} from every method that
 * writes, so a transaction that changes a row and reads it again sees its change. Values must be
 * immutable (records). Outside a transaction it reads through.
 */
public final class TransactionCache {

    private static final Object RESOURCE = TransactionCache.class;

    private TransactionCache() {}

    /** The value for {@code key} in {@code region}, read with {@code loader} the first time in this transaction. */
    @SuppressWarnings("unchecked")
    public static <K, V> V get(String region, K key, Function<K, V> loader) {
        var entries = entries();
        if (entries == null) {
            return loader.apply(key);
        }
        var regionEntries = entries.computeIfAbsent(region, r -> new HashMap<>());
        if (regionEntries.containsKey(key)) {
            return (V) regionEntries.get(key);
        }
        var value = loader.apply(key);
        regionEntries.put(key, value);
        return value;
    }

    /**
     * The values for {@code keys} in {@code region}: those this transaction has read already, and the rest read
     * together by {@code loader} (which answers the ones it found; a key it does not answer is remembered as
     * absent). Outside a transaction it reads through.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> getAll(
            String region, Collection<K> keys, Function<Collection<K>, Map<K, V>> loader) {
        var entries = entries();
        if (entries == null) {
            return loader.apply(keys);
        }
        var regionEntries = entries.computeIfAbsent(region, r -> new HashMap<>());
        var missing = keys.stream()
                .filter(k -> !regionEntries.containsKey(k))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            var loaded = loader.apply(missing);
            missing.forEach(k -> regionEntries.put(k, Optional.ofNullable(loaded.get(k))));
        }
        var found = new LinkedHashMap<K, V>();
        for (var key : keys) {
            ((Optional<V>) regionEntries.get(key)).ifPresent(value -> found.put(key, value));
        }
        return found;
    }

    /** Forgets one entry of a region: the row was written. */
    public static void forget(String region, Object key) {
        var entries = entries();
        if (entries != null && entries.containsKey(region)) {
            entries.get(region).remove(key);
        }
    }

    /** Forgets a whole region: a write changed rows that other keys may name (a SKU moved to another item). */
    public static void forgetAll(String region) {
        var entries = entries();
        if (entries != null) {
            entries.remove(region);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<Object, Object>> entries() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var entries = (Map<String, Map<Object, Object>>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (entries == null) {
            var created = new HashMap<String, Map<Object, Object>>();
            TransactionSynchronizationManager.bindResource(RESOURCE, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            entries = created;
        }
        return entries;
    }
}

package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A transaction reads each row once, also when it reads many at a time. No Spring context. */
class TransactionCacheTests {

    private final List<Collection<String>> batches = new ArrayList<>();

    @BeforeEach
    void aTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void itEnds() {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(0));
        TransactionSynchronizationManager.clearSynchronization();
    }

    private Map<String, String> load(Collection<String> keys) {
        batches.add(List.copyOf(keys));
        return keys.stream().filter(k -> !k.equals("gone")).collect(Collectors.toMap(k -> k, String::toUpperCase));
    }

    @Test
    void manyAtATimeReadOnlyWhatTheTransactionHasNotReadYet() {
        assertThat(TransactionCache.getAll("r", List.of("a", "b"), this::load))
                .containsExactly(Map.entry("a", "A"), Map.entry("b", "B"));
        assertThat(TransactionCache.getAll("r", List.of("b", "c", "gone"), this::load))
                .containsOnlyKeys("b", "c");
        assertThat(TransactionCache.getAll("r", List.of("gone", "a"), this::load))
                .containsOnlyKeys("a");

        assertThat(batches).containsExactly(List.of("a", "b"), List.of("c", "gone"));
    }

    @Test
    void oneAtATimeAndManyAtATimeShareWhatWasRead() {
        assertThat(TransactionCache.getAll("r", List.of("a"), this::load)).containsOnlyKeys("a");
        Function<String, java.util.Optional<String>> one = k -> {
            batches.add(List.of(k));
            return java.util.Optional.of(k.toUpperCase());
        };
        assertThat(TransactionCache.<String, java.util.Optional<String>>get("r", "a", one))
                .contains("A");

        TransactionCache.forget("r", "a");
        TransactionCache.getAll("r", List.of("a"), this::load);
        assertThat(batches).containsExactly(List.of("a"), List.of("a"));
    }
}

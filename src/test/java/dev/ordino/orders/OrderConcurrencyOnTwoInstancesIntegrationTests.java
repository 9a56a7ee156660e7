package dev.ordino.orders;

import dev.ordino.support.Api;
import dev.ordino.support.SecondInstance;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every race of {@link OrderConcurrencyIntegrationTests} (parallel submits, accept against reject, cancels,
 * {@code If-Match} writers, idempotent replays) again, with the requests spread over two instances of the service
 * on one database: consecutive requests, and the parallel requests of a race, alternate between them. Whatever
 * keeps one instance correct must be in the database (row locks, versions, unique keys), not in memory.
 */
class OrderConcurrencyOnTwoInstancesIntegrationTests extends OrderConcurrencyIntegrationTests {

    private static SecondInstance second;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start(Map.of());
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Override
    protected Api over(Api thisInstance) {
        return thisInstance.alternatingWith(second.baseUrl());
    }
}

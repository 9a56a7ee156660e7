package dev.ordino.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Requests sent at once, to test what concurrent callers can and cannot do. */
public final class Race {

    private Race() {}

    /**
     * Sends {@code threads} requests at once: every thread waits at a start gate that opens when all are ready,
     * then sends request {@code i}. Returns the responses in request order, each waited for at most
     * {@code secondsEach}.
     */
    public static List<Api.Response> race(int threads, int secondsEach, IntFunction<Api.Response> request)
            throws Exception {
        var ready = new CountDownLatch(threads);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Api.Response>>();
            for (int i = 0; i < threads; i++) {
                var index = i;
                Callable<Api.Response> task = () -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            var responses = new ArrayList<Api.Response>();
            for (var future : futures) {
                responses.add(future.get(secondsEach, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}

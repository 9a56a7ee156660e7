package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A request body is capped (here at 4 kB): a larger one is a 413 problem and nothing is written. */
@TestPropertySource(properties = "ordino.max-request-bytes=4096")
class RequestBodyLimitIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** A valid order draft, padded with a long note to the size wanted. */
    private static String draft(int bytes) {
        var start = "{\"notes\": \"";
        var end = "\"}";
        return start + "x".repeat(bytes - start.length() - end.length()) + end;
    }

    @Test
    void aBodyThatDeclaresMoreThanTheCapIsRefusedWith413() {
        var before = count();
        var response = api.post("/orders", draft(5000));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/type").asString()).endsWith("/payload-too-large");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsCountedAsItIsReadAndRefusedPastTheCap() {
        var before = count();

        var withoutKey = api.postChunked("/orders", draft(5000), Map.of());
        var withKey = api.postChunked("/orders", draft(5000), Map.of("Idempotency-Key", "chunked-" + before));

        assertThat(withoutKey.status()).isEqualTo(413);
        assertThat(withKey.status()).isEqualTo(413);
        assertThat(withKey.json().at("/type").asString()).endsWith("/payload-too-large");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aBodyUnderTheCapGoesThroughWhicheverWayItIsSent() {
        assertThat(api.post("/orders", draft(3000)).status()).isEqualTo(201);
        assertThat(api.postChunked("/orders", draft(3000), Map.of()).status()).isEqualTo(201);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
    }
}

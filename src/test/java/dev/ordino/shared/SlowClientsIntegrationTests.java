package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send a request slowly, or stop half-way, hold no database connection while they dawdle (the body is
 * read before any transaction starts), so more of them than the pool has connections do not stop anybody else; and
 * the server gives up on them after {@code server.tomcat.connection-timeout} (here 2 s, 20 s by default).
 */
@TestPropertySource(
        properties = {"server.tomcat.connection-timeout=2s", "spring.datasource.hikari.maximum-pool-size=4"})
class SlowClientsIntegrationTests extends IntegrationTest {

    private final List<Socket> slowClients = new ArrayList<>();

    @AfterEach
    void hangUp() throws IOException {
        for (var socket : slowClients) {
            socket.close();
        }
    }

    @Test
    void clientsStalledMidBodyDoNotHoldDatabaseConnections() throws Exception {
        for (int i = 0; i < 12; i++) { // three times the pool
            slowClients.add(stalledMidBody("/api/v1/orders", Map.of("Idempotency-Key", "slow-" + i)));
        }

        for (int i = 0; i < 8; i++) {
            var started = System.nanoTime();
            api.post("/orders", Map.of("referenceId", "not-slow-" + i)).expect(201);
            assertThat((System.nanoTime() - started) / 1_000_000)
                    .as("ms for a request while slow clients wait")
                    .isLessThan(1_500);
        }
    }

    @Test
    void aClientStalledMidBodyIsAnsweredOrCutOffAfterTheConnectionTimeout() throws Exception {
        var socket = stalledMidBody("/api/v1/orders", Map.of());
        socket.setSoTimeout(15_000);
        var started = System.nanoTime();

        var answer = readAll(socket.getInputStream());

        var waited = (System.nanoTime() - started) / 1_000_000;
        assertThat(waited).as("ms until the server gave up").isBetween(1_000L, 12_000L);
        if (!answer.isEmpty()) {
            assertThat(answer).as("the answer to a body that never came").doesNotStartWith("HTTP/1.1 5");
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsCutOff() throws Exception {
        var socket = new Socket("localhost", port());
        slowClients.add(socket);
        socket.getOutputStream().write("GET /api/v1/orders HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        socket.setSoTimeout(15_000);
        var started = System.nanoTime();

        readAll(socket.getInputStream());

        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(1_000L, 12_000L);
    }

    /** A POST whose headers promise 200 bytes of JSON, of which one arrives. */
    private Socket stalledMidBody(String path, Map<String, String> headers) throws IOException {
        var socket = new Socket("localhost", port());
        slowClients.add(socket);
        var request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                .append("Authorization: Bearer ")
                .append(ADMIN_TOKEN)
                .append("\r\nContent-Type: application/json\r\nContent-Length: 200\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n{");
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Everything the server sends until it closes the connection (or the socket's own timeout). */
    private static String readAll(InputStream in) throws IOException {
        var out = new StringBuilder();
        var buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open: " + out, e);
        } catch (IOException reset) {
            // cut off: as good as closed
        }
        return out.toString();
    }
}

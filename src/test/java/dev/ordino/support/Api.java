package dev.ordino.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A small HTTP client for tests: sends JSON (a Map, a record or a raw string) and reads JSON back. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final List<String> bases;
    private final AtomicInteger turn;
    private final ObjectMapper mapper;
    private final String token;

    Api(String base, ObjectMapper mapper, String token) {
        this(List.of(base), new AtomicInteger(), mapper, token);
    }

    private Api(List<String> bases, AtomicInteger turn, ObjectMapper mapper, String token) {
        this.bases = bases;
        this.turn = turn;
        this.mapper = mapper;
        this.token = token;
    }

    /** The same API called with another bearer token ({@code null}: without credentials). */
    public Api as(String otherToken) {
        return new Api(bases, turn, mapper, otherToken);
    }

    /**
     * The same API spread over this instance and another one on the same database: requests take turns, so
     * consecutive requests of a test, and the parallel requests of a race, go to both instances.
     */
    public Api alternatingWith(String otherBase) {
        var all = new ArrayList<>(bases);
        all.add(otherBase);
        return new Api(List.copyOf(all), new AtomicInteger(), mapper, token);
    }

    /** The instance the next request goes to. */
    private String base() {
        return bases.get(Math.floorMod(turn.getAndIncrement(), bases.size()));
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** POSTs a raw body without a Content-Length (chunked), as a streaming client would. */
    public Response postChunked(String path, String body, Map<String, String> headers) {
        var bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)),
                headers);
    }

    /**
     * Sends any method with any headers; a {@code String} body is sent as it is (for malformed JSON), a
     * {@link HttpRequest.BodyPublisher} as it streams.
     */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base() + (isResourcePath(path) ? "/api/v1" + path : path)));
        var allHeaders = new LinkedHashMap<String, String>();
        allHeaders.put("Accept", "application/json, application/problem+json");
        if (token != null) {
            allHeaders.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            allHeaders.put("Content-Type", "application/json");
        }
        allHeaders.putAll(headers);
        allHeaders.forEach(builder::header);
        HttpRequest.BodyPublisher payload;
        if (body == null) {
            payload = HttpRequest.BodyPublishers.noBody();
        } else if (body instanceof HttpRequest.BodyPublisher publisher) {
            payload = publisher;
        } else {
            payload = HttpRequest.BodyPublishers.ofString(
                    body instanceof String raw ? raw : mapper.writeValueAsString(body));
        }
        builder.method(method, payload);
        var request = builder.build();
        try {
            HttpResponse<String> response;
            try {
                response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!neverAnswered(e) || body instanceof HttpRequest.BodyPublisher) {
                    throw e;
                }
                // a pooled connection the server had closed (idle past its keep-alive, or a closed test context
                // whose port a new one took): the request never reached a server, so it is sent once more
                response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return new Response(response, mapper);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The connection closed before a byte of an answer came: what a stale pooled connection does. */
    private static boolean neverAnswered(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("header parser received no bytes");
    }

    /** "/orders" means "/api/v1/orders"; paths outside the API (actuator, docs) are given in full. */
    private static boolean isResourcePath(String path) {
        return java.util.stream.Stream.of("/api", "/v3", "/actuator", "/swagger-ui", "/webjars")
                .noneMatch(path::startsWith);
    }

    public static final class Response {

        private final HttpResponse<String> response;
        private final ObjectMapper mapper;

        Response(HttpResponse<String> response, ObjectMapper mapper) {
            this.response = response;
            this.mapper = mapper;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return response.body();
        }

        public JsonNode json() {
            return response.body().isEmpty() ? mapper.nullNode() : mapper.readTree(response.body());
        }

        /** A string field by JSON pointer, e.g. {@code "/lines/0/id"}. */
        public String at(String pointer) {
            return json().at(pointer).asString();
        }

        /** Fails with the body in the message when the status is not the expected one. */
        public Response expect(int expected) {
            if (response.statusCode() != expected) {
                throw new AssertionError("expected HTTP " + expected + " for "
                        + response.request().method() + " " + response.request().uri() + " but got "
                        + response.statusCode() + ": " + response.body());
            }
            return this;
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}

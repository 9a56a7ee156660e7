package dev.ordino.integrations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTTP side of every connector: one JDK client (HTTP/1.1, the configured connect and read timeouts, redirects
 * never followed, so a target that passed {@link Targets} cannot send Ordino on to another), answers read whole up
 * to a limit, and {@link ResponseRules} to say what an answer means.
 */
@Component
public class IntegrationHttp {

    /** The most of an answer that is read; a shipments page of 500 is well below it. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /** An answer: its status, headers, body as text, and the body as JSON when it is JSON. */
    public record Answer(
            int status,
            HttpHeaders headers,
            String text,
            @Nullable JsonNode json) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final JdkClientHttpRequestFactory requests;
    private final Targets targets;
    private final ObjectMapper json;
    private final Clock clock;

    public IntegrationHttp(IntegrationSettings settings, Targets targets, ObjectMapper json, Clock clock) {
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requests = new JdkClientHttpRequestFactory(http);
        this.requests.setReadTimeout(settings.readTimeout());
    }

    /** A client for the endpoint, its base URL set: connectors still pass whole URIs where they build them. */
    public RestClient client(Endpoint endpoint) {
        return RestClient.builder()
                .baseUrl(endpoint.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.USER_AGENT, "Ordino")
                .build();
    }

    /**
     * Checks that Ordino may call {@code uri} ({@link Targets}), then sends the request {@code build} makes for it
     * and reads the answer. Throws {@link TargetRefused} (nothing sent) or {@link RestClientException} (no answer).
     */
    public Answer call(URI uri, Function<URI, RestClient.RequestHeadersSpec<?>> build) {
        targets.require(uri);
        return exchange(build.apply(uri));
    }

    /**
     * As {@link #call}, and what came of it: never throws. {@code externalId} reads the far side's id from a 2xx
     * answer.
     */
    public Outcome send(
            URI uri,
            Function<URI, RestClient.RequestHeadersSpec<?>> build,
            Function<Answer, @Nullable String> externalId) {
        try {
            var answer = call(uri, build);
            return outcome(answer, answer.ok() ? externalId.apply(answer) : null);
        } catch (RuntimeException e) {
            return ResponseRules.outcome(e);
        }
    }

    /**
     * Sends the request and reads its answer, whatever its status. Throws {@link RestClientException} when there is
     * no answer (refused connection, timeout).
     */
    public Answer exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((sent, response) -> {
            var headers = new HttpHeaders();
            headers.putAll(response.getHeaders());
            var text = read(response.getBody());
            return new Answer(response.getStatusCode().value(), headers, text, parse(text));
        });
    }

    /** What an answer means; {@code externalId} is the far side's id when it is SENT. */
    public Outcome outcome(Answer answer, @Nullable String externalId) {
        return ResponseRules.outcome(
                answer.status(),
                answer.headers(),
                ResponseRules.message(answer.json(), answer.text()),
                externalId,
                clock.instant());
    }

    private static String read(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }

    private @Nullable JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }
}

package dev.ordino.integrations.internal;

import static dev.ordino.integrations.internal.ConnectorFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.integrations.internal.Outcome.Result;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.databind.JsonNode;

class ResponseRulesTests {

    private static HttpHeaders headers(String... namesAndValues) {
        var headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static JsonNode json(String text) {
        return ConnectorFixtures.JSON.readTree(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204})
    void anyTwoHundredIsSent(int status) {
        var outcome = ResponseRules.outcome(status, headers(), null, "ext-1", NOW);

        assertThat(outcome).isEqualTo(Outcome.sent(status, "ext-1"));
    }

    @Test
    void aTwoHundredWhoseBodyCannotBeReadIsStillSent() {
        var outcome = ResponseRules.outcome(200, headers(), "<html>ok</html>", null, NOW);

        assertThat(outcome.result()).isEqualTo(Result.SENT);
        assertThat(outcome.externalId()).isNull();
    }

    @Test
    void tooManyRequestsWaitsTheLongestTimeTheFarSideNamed() {
        var outcome = ResponseRules.outcome(
                429,
                headers("Retry-After", "5", "X-Rate-Limit-Reset", "42", "x-retry-after", "7"),
                "Too Many Requests",
                null,
                NOW);

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.responseStatus()).isEqualTo(429);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(42));
        assertThat(outcome.error()).contains("Too Many Requests");
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        var outcome =
                ResponseRules.outcome(429, headers("Retry-After", "Mon, 07 Dec 2026 10:02:00 GMT"), null, null, NOW);

        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aDateInThePastOrAnUnreadableWaitIsNoWait() {
        assertThat(ResponseRules.retryAfter(headers("Retry-After", "Mon, 07 Dec 2026 09:00:00 GMT"), NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(ResponseRules.retryAfter(headers("Retry-After", "soon"), NOW))
                .isNull();
        assertThat(ResponseRules.outcome(429, headers(), null, null, NOW).retryAfter())
                .isNull();
    }

    @Test
    void readsShipBobsFractionalSeconds() {
        assertThat(ResponseRules.retryAfter(headers("x-retry-after", "1.5"), NOW))
                .isEqualTo(Duration.ofMillis(1500));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 503, 504})
    void timeoutsAndServerErrorsAreRetried(int status) {
        var outcome = ResponseRules.outcome(status, headers("Retry-After", "30"), "busy", null, NOW);

        assertThat(outcome.result()).isEqualTo(Result.RETRY);
        assertThat(outcome.responseStatus()).isEqualTo(status);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void otherClientErrorsFailWithTheFarSidesMessage(int status) {
        var outcome = ResponseRules.outcome(status, headers(), "orderNumber is required", null, NOW);

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.responseStatus()).isEqualTo(status);
        assertThat(outcome.error()).isEqualTo("answered " + status + ": orderNumber is required");
        assertThat(outcome.retryAfter()).isNull();
    }

    @Test
    void aRedirectFailsForItIsNotFollowed() {
        var outcome =
                ResponseRules.outcome(302, headers("Location", "https://elsewhere.example.com/"), null, null, NOW);

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.error()).contains("https://elsewhere.example.com/").contains("not followed");
    }

    @Test
    void trimsALongMessageTo500Characters() {
        var outcome = ResponseRules.outcome(400, headers(), "x".repeat(2000), null, NOW);

        assertThat(outcome.error()).hasSize(ResponseRules.MAX_MESSAGE);
    }

    @Test
    void noAnswerIsRetriedWithoutAStatus() {
        var timeout = ResponseRules.outcome(
                new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out")));
        var refused = ResponseRules.outcome(new ResourceAccessException("I/O error", new ConnectException("refused")));

        assertThat(timeout.result()).isEqualTo(Result.RETRY);
        assertThat(timeout.responseStatus()).isNull();
        assertThat(timeout.error()).contains("timed out");
        assertThat(refused.result()).isEqualTo(Result.RETRY);
        assertThat(refused.error()).contains("could not connect");
    }

    @Test
    void aRefusedTargetOrABrokenRequestFails() {
        assertThat(ResponseRules.outcome(new TargetRefused("the host is 10.0.0.1")))
                .isEqualTo(Outcome.failed(null, "not called: the host is 10.0.0.1"));
        assertThat(ResponseRules.outcome(new IllegalArgumentException("bad header"))
                        .result())
                .isEqualTo(Result.FAILED);
    }

    @Test
    void findsTheFarSidesWordsInItsErrorAnswer() {
        assertThat(ResponseRules.message(json("{\"message\":\"Too Many Requests\"}"), null))
                .isEqualTo("Too Many Requests");
        assertThat(ResponseRules.message(json("{\"Message\":\"The request is invalid.\"}"), null))
                .isEqualTo("The request is invalid.");
        assertThat(ResponseRules.message(json("{\"error\":{\"message\":\"no such sku\"}}"), null))
                .isEqualTo("no such sku");
        assertThat(ResponseRules.message(json("{\"errors\":[{\"message\":\"zip_code is invalid\"}]}"), null))
                .isEqualTo("zip_code is invalid");
        assertThat(ResponseRules.message(
                        json("{\"Fault\":{\"Error\":[{\"Message\":\"Duplicate Document Number Error\","
                                + "\"Detail\":\"Duplicate Document Number Error : You must specify a different"
                                + " number.\",\"code\":\"6140\"}],\"type\":\"ValidationFault\"}}"),
                        null))
                .startsWith("Duplicate Document Number Error: Duplicate Document Number Error")
                .endsWith("(code 6140)");
        assertThat(ResponseRules.message(null, "  Bad Gateway \n")).isEqualTo("Bad Gateway");
        assertThat(ResponseRules.message(null, "")).isNull();
    }
}

package dev.ordino.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.ordino.support.OrderFixtures;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Luminous walk (issue 22, seed 002): staff add a ShipStation integration (a WireMock server answering as
 * ShipStation's API v1 does), set up an internal channel to push its sales orders there at once with fulfilment
 * updates and the mapping /referenceId to customField1, and send a test order. An order placed in the channel is
 * pushed and its Pushes tab shows it sent with ShipStation's orderId; when ShipStation refuses it, Retry leaves it
 * failed, in the failed-pushes queue and counted on the integrations page.
 */
class IntegrationsBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    private dev.ordino.integrations.internal.PushWork pushWork;

    private static final WireMockServer SHIPSTATION =
            new WireMockServer(options().dynamicPort());

    @BeforeAll
    static void startShipStation() {
        SHIPSTATION.start();
    }

    @AfterAll
    static void stopShipStation() {
        SHIPSTATION.stop();
    }

    @Test
    void aChannelPushesItsOrdersToShipStationAndAFailedPushWaitsInTheQueue() {
        SHIPSTATION.resetAll();
        // anything else (the connection test's read) answers as a healthy ShipStation would
        SHIPSTATION.stubFor(any(anyUrl()).atPriority(10).willReturn(json(200, "[]")));
        SHIPSTATION.stubFor(post(urlEqualTo("/orders/createorder"))
                .willReturn(json(200, "{\"orderId\": 123456, \"orderKey\": \"from-ordino\", \"orderNumber\": \"x\"}")));

        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var channelId = api.post(
                        "/channels",
                        Map.of(
                                "code",
                                "luminous-" + marker,
                                "name",
                                "Wholesale Sales Channel " + marker,
                                "workflow",
                                "DIRECT",
                                "internal",
                                true))
                .expect(201)
                .at("/id");
        signIn(aUser("ADMIN", null, marker));

        // Integrations: New integration, ShipStation at the stub
        click(By.id("nav-integrations"));
        waitFor(ExpectedConditions.urlMatches(".*/integrations$"));
        click(By.id("new-integration"));
        new Select(find(By.id("int-type"))).selectByValue("SHIPSTATION");
        type(By.id("int-name"), "ShipStation " + marker);
        type(By.id("int-base-url"), SHIPSTATION.baseUrl());
        type(By.id("int-api-key"), "key-" + marker);
        type(By.id("int-api-secret"), "secret-" + marker);
        type(By.id("int-store-id"), "1001");
        assertThat(unlabelledControls()).as("New integration").isEmpty();
        click(By.id("create-integration"));
        assertThat(notice()).isEqualTo("Integration ShipStation " + marker + " created.");
        var integrationId = browser.getCurrentUrl().replaceFirst("^.*/integrations/", "");
        assertThat(find(By.id("int-api-key-state")).getText()).isEqualTo("Set");
        assertThat(find(By.id("int-api-key")).getAttribute("value"))
                .as("a secret is never shown")
                .isEmpty();
        assertThat(find(By.id("int-store-id")).getAttribute("value")).isEqualTo("1001");
        assertThat(find(By.id("inbound-url")).getAttribute("value")).contains(integrationId);

        // Saving with the secrets left blank keeps them
        type(By.id("int-store-id"), "1002");
        click(By.id("save-integration"));
        assertThat(notice()).isEqualTo("Integration ShipStation " + marker + " saved.");
        assertThat(find(By.id("int-store-id")).getAttribute("value")).isEqualTo("1002");
        assertThat(find(By.id("int-api-secret-state")).getText()).isEqualTo("Set");

        click(By.id("test-connection"));
        assertThat(notice()).startsWith("Connection works");
        screenshot("integrations-settings");

        // The channel: push sales orders to ShipStation at once, updates back, /referenceId to customField1
        open("/channels/" + channelId);
        click(By.id("ch-push"));
        new Select(find(By.id("ch-push-integration"))).selectByValue(integrationId);
        click(By.id("ch-push-updates"));
        type(By.id("mapping-source-0"), "/referenceId");
        type(By.id("mapping-target-0"), "customField9");
        assertThat(unlabelledControls()).as("Channel form").isEmpty();
        click(By.id("save-channel"));
        assertThat(find(By.cssSelector("#mapping-target-0 + .invalid-feedback")).getText())
                .as("ShipStation has no customField9")
                .contains("customField1");
        type(By.id("mapping-target-0"), "customField1");
        click(By.id("save-channel"));
        assertThat(notice()).isEqualTo("Saved.");
        var channel = api.get("/channels/" + channelId).expect(200).json();
        assertThat(channel.at("/orderPush/integrationId").asString()).isEqualTo(integrationId);
        assertThat(channel.at("/orderPush/pushFulfillmentUpdates").asBoolean()).isTrue();
        assertThat(channel.at("/orderPush/delayMinutes").isMissingNode()
                        || channel.at("/orderPush/delayMinutes").isNull())
                .isTrue();
        assertThat(channel.at("/fieldMappings/0/source").asString()).isEqualTo("/referenceId");
        assertThat(channel.at("/fieldMappings/0/target").asString()).isEqualTo("customField1");
        assertThat(all(By.cssSelector(".field-mapping-row")))
                .as("the row kept and three blank ones")
                .hasSize(4);

        click(By.id("send-test-order"));
        assertThat(notice()).startsWith("Test order sent");
        screenshot("integrations-channel", By.id("order-destination"));
        SHIPSTATION.verify(1, postRequestedFor(urlEqualTo("/orders/createorder")));

        // An order placed in the channel is pushed: SENT, with ShipStation's orderId
        var product =
                fixtures.aProduct("LUM").named("Lamp " + marker).priced("40.00").create();
        var customer = fixtures.aBusinessCustomer("lum")
                .withAddress(OrderFixtures.address("Store", "5 Light St", "Austin", "73301"))
                .create();
        var orderId = fixtures.aCompleteDraft(customer, product.id(), 2, channelId)
                .reference("REF-" + marker)
                .placed();
        runDuePushes(orderId);
        SHIPSTATION.verify(postRequestedFor(urlEqualTo("/orders/createorder"))
                .withRequestBody(matchingJsonPath("$.advancedOptions.customField1", equalTo("REF-" + marker))));

        open("/orders/" + orderId);
        click(By.id("tab-pushes"));
        waitFor(ExpectedConditions.urlMatches(".*/orders/" + orderId + "/pushes$"));
        var push = find(By.cssSelector(".push-card")).getAttribute("data-push-id");
        assertThat(find(By.cssSelector("#push-" + push + " .push-status")).getText())
                .isEqualTo("Sent");
        assertThat(find(By.id("push-external-id-" + push)).getText()).isEqualTo("123456");
        assertThat(all(By.cssSelector("#push-history-" + push + " .push-attempt")))
                .hasSize(1);
        screenshot("integrations-order-pushes");

        // ShipStation now refuses it: Retry leaves it failed, in the queue and counted
        SHIPSTATION.stubFor(post(urlEqualTo("/orders/createorder"))
                .willReturn(json(400, "{\"Message\": \"The request is invalid.\"}")));
        click(By.id("retry-" + push));
        assertThat(notice()).contains("failed", "400");
        assertThat(find(By.cssSelector("#push-" + push + " .push-status")).getText())
                .isEqualTo("Failed");
        assertThat(find(By.id("push-error-" + push)).getText()).isNotBlank();

        click(By.id("nav-integrations"));
        assertThat(find(By.id("failed-pushes-alert")).getText()).contains("failed");
        click(By.id("failed-pushes-link"));
        waitFor(ExpectedConditions.urlMatches(".*/integrations/pushes\\?status=FAILED$"));
        var row = find(By.id("push-row-" + push));
        assertThat(row.getText()).contains("ShipStation " + marker, "Failed");
        assertThat(row.findElement(By.className("push-order")).getAttribute("href"))
                .endsWith("/orders/" + orderId + "/pushes");
        screenshot("integrations-failed-pushes");

        // Retried from the queue once ShipStation takes it again: sent, and gone from the queue
        SHIPSTATION.stubFor(post(urlEqualTo("/orders/createorder"))
                .willReturn(json(200, "{\"orderId\": 123456, \"orderKey\": \"from-ordino\"}")));
        click(By.id("retry-" + push));
        assertThat(notice()).contains("sent", "123456");
        waitFor(ExpectedConditions.urlMatches(".*/integrations/pushes\\?status=FAILED$"));
        assertThat(all(By.id("push-row-" + push))).isEmpty();
    }

    /** Runs the push job now, as its background run would. */
    private void runDuePushes(String orderId) {
        pushWork.runDue(java.time.Instant.now());
        assertThat(api.get("/orders/" + orderId + "/pushes")
                        .expect(200)
                        .json()
                        .at("/items/0/status")
                        .asString())
                .isEqualTo("SENT");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Limit", "40")
                .withHeader("X-Rate-Limit-Remaining", "39")
                .withHeader("X-Rate-Limit-Reset", "60")
                .withBody(body);
    }
}

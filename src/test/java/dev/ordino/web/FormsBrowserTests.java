package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.OrderFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Forms in the back office: server-side errors appear next to their field with what was typed kept, and an
 * edit that someone else overtook says so and keeps the typing.
 */
class FormsBrowserTests extends BrowserTest {

    @Test
    void customerFormsShowEachErrorNextToItsFieldAndKeepWhatWasTyped() {
        var marker = OrderFixtures.newMarker();
        var admin = aUser("ADMIN", null, marker);
        signIn(admin);

        open("/customers");
        click(By.id("new-customer"));
        new Select(find(By.id("c-type"))).selectByValue("INDIVIDUAL");
        type(By.id("c-email"), "not-an-email");
        type(By.id("c-first"), "Ada");
        type(By.id("c-last"), "Lovelace " + marker);
        new Select(find(By.id("c-terms"))).selectByValue("NET_30");
        withoutBrowserValidation();
        click(By.id("create-customer"));
        assertThat(find(By.cssSelector("#c-email.is-invalid")).getAttribute("value"))
                .isEqualTo("not-an-email");
        assertThat(find(By.cssSelector("#c-email + .invalid-feedback")).getText())
                .isNotBlank();
        assertThat(find(By.id("c-first")).getAttribute("value")).isEqualTo("Ada");

        type(By.id("c-email"), "ada-" + marker + "@example.com");
        click(By.id("create-customer"));
        assertThat(find(By.cssSelector("#c-terms + .invalid-feedback")).getText())
                .as("payment terms other than immediate are for business customers")
                .isNotBlank();
        new Select(find(By.id("c-terms"))).selectByValue("IMMEDIATE");
        click(By.id("create-customer"));
        assertThat(notice()).isEqualTo("Customer Ada Lovelace " + marker + " created.");

        type(By.id("a-label"), "Workshop");
        type(By.id("a-line1"), "12 Analytical Row");
        type(By.id("a-postal"), "10001");
        type(By.id("a-country"), "US");
        click(By.id("add-address"));
        assertThat(find(By.cssSelector("#a-city + .invalid-feedback")).getText())
                .isNotBlank();
        assertThat(find(By.id("a-line1")).getAttribute("value")).isEqualTo("12 Analytical Row");
        type(By.id("a-city"), "New York");
        click(By.id("add-address"));
        assertThat(notice()).isEqualTo("Address added.");
        assertThat(find(By.id("addresses")).getText()).contains("Workshop", "12 Analytical Row, 10001 New York, US");
    }

    @Test
    void channelSettingsAreSavedFromTheirPage() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var channelId = fixtures.aReviewChannel("forms").create();
        signIn(aUser("ADMIN", null, marker));

        open("/channels/" + channelId);
        type(By.id("ch-name"), "Wholesale " + marker);
        type(By.id("ch-deposit"), "150");
        withoutBrowserValidation();
        click(By.id("save-channel"));
        assertThat(find(By.cssSelector("#ch-deposit + .invalid-feedback")).getText())
                .isNotBlank();
        assertThat(find(By.id("ch-name")).getAttribute("value")).isEqualTo("Wholesale " + marker);
        type(By.id("ch-deposit"), "30");
        click(By.id("save-channel"));
        assertThat(notice()).isEqualTo("Saved.");
        var channel = api.get("/channels/" + channelId).expect(200).json();
        assertThat(channel.at("/name").asString()).isEqualTo("Wholesale " + marker);
        assertThat(channel.at("/depositPercent").asInt()).isEqualTo(30);
    }

    @Test
    void anEditSomeoneElseOvertookSaysSoAndKeepsWhatWasTyped() {
        var fixtures = new OrderFixtures(api);
        var marker = fixtures.marker();
        var orderId = fixtures.aDraft().create();
        signIn(aUser("CLERK", null, marker));

        open("/orders/" + orderId);
        api.patch("/orders/" + orderId, Map.of("referenceId", "THEIRS-" + marker))
                .expect(200);
        type(By.id("referenceId"), "MINE-" + marker);
        click(By.id("save-details"));
        assertThat(find(By.id("header-problem")).getText()).contains("Someone else saved");
        assertThat(find(By.id("referenceId")).getAttribute("value")).isEqualTo("MINE-" + marker);
        assertThat(api.get("/orders/" + orderId).expect(200).at("/referenceId")).isEqualTo("THEIRS-" + marker);

        click(By.id("save-details"));
        assertThat(notice()).isEqualTo("Saved.");
        assertThat(api.get("/orders/" + orderId).expect(200).at("/referenceId")).isEqualTo("MINE-" + marker);
    }
}

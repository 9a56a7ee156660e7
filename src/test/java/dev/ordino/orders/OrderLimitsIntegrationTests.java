package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The caps of {@link OrderLimits} hold per order, whichever way an order grows (one request or many, the API or
 * the UI), and each refusal is a 422 that names its cap.
 */
class OrderLimitsIntegrationTests extends IntegrationTest {

    private static Map<String, Object> split(String addressId, int quantity) {
        return Map.of("address", OrderFixtures.address("S", addressId, "Dayton", "45402"), "quantity", quantity);
    }

    @Test
    void anOrderGrowsNoLargerThanTheLineCapOneLineAtATime() {
        var lines = IntStream.range(0, OrderLimits.LINES)
                .mapToObj(i -> OrderFixtures.customLine(1, "Part " + i, "1.00"))
                .toList();
        var id = api.post("/orders", Map.of("lines", lines)).expect(201).at("/id");
        var refused = api.post("/orders/" + id + "/lines", OrderFixtures.customLine(1, "One more", "1.00"))
                .expect(422);
        assertThat(refused.at("/errors/0/code")).isEqualTo("size");
        assertThat(refused.at("/detail")).contains(String.valueOf(OrderLimits.LINES));
        assertThat(api.get("/orders/" + id).json().at("/lines").size()).isEqualTo(OrderLimits.LINES);
    }

    @Test
    void aLineAndAnOrderHoldNoMoreSplitsThanTheirCaps() {
        var perLine = OrderLimits.SPLITS_PER_LINE;
        var linesNeeded = OrderLimits.SPLITS / perLine;
        var lines = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < linesNeeded + 1; i++) {
            lines.add(Map.of(
                    "quantity", perLine, "custom", Map.of("title", "Part " + i, "price", OrderFixtures.usd("1.00"))));
        }
        var created = api.post("/orders", Map.of("lines", lines)).expect(201).json();
        var id = created.at("/id").asString();
        var each = IntStream.range(0, perLine).mapToObj(i -> split("S" + i, 1)).toList();
        for (int i = 0; i < linesNeeded; i++) {
            api.put(
                            "/orders/" + id + "/lines/"
                                    + created.at("/lines/" + i + "/id").asString() + "/splits",
                            Map.of("mode", "STANDARD", "splits", each))
                    .expect(200);
        }
        var last = created.at("/lines/" + linesNeeded + "/id").asString();
        var overOrder = api.put(
                        "/orders/" + id + "/lines/" + last + "/splits",
                        Map.of("mode", "STANDARD", "splits", List.of(split("T", perLine))))
                .expect(422);
        assertThat(overOrder.at("/errors/0/pointer")).isEqualTo("/splits");
        assertThat(overOrder.at("/errors/0/code")).isEqualTo("size");
        assertThat(overOrder.at("/detail")).contains(String.valueOf(OrderLimits.SPLITS));

        var fresh = api.post(
                        "/orders",
                        Map.of(
                                "lines",
                                List.of(Map.of(
                                        "quantity",
                                        perLine + 1,
                                        "custom",
                                        Map.of("title", "X", "price", OrderFixtures.usd("1.00"))))))
                .expect(201)
                .json();
        var tooMany = new ArrayList<>(each);
        tooMany.add(split("U", 1));
        var overLine = api.put(
                        "/orders/" + fresh.at("/id").asString() + "/lines/"
                                + fresh.at("/lines/0/id").asString() + "/splits",
                        Map.of("mode", "STANDARD", "splits", tooMany))
                .expect(422);
        assertThat(overLine.at("/errors/0/pointer")).isEqualTo("/splits");
        assertThat(overLine.text()).contains(String.valueOf(OrderLimits.SPLITS_PER_LINE));
    }

    @Test
    void aNoteOverTheCapIsRefusedNamingTheCapInTheApiAndTheUi() {
        var id = new OrderFixtures(api).aDraft().create();
        var tooLong = "n".repeat(OrderLimits.NOTE + 1);
        var refused =
                api.post("/orders/" + id + "/notes", Map.of("text", tooLong)).expect(422);
        assertThat(refused.at("/errors/0/pointer")).isEqualTo("/text");

        var browser = FormClient.signedIn(api, port(), "CLERK", null);
        var posted = browser.post("/orders/" + id + "/notes", Map.of("text", tooLong));
        assertThat(posted.statusCode()).isEqualTo(302);
        var page = browser.follow(posted);
        assertThat(page.body()).contains("at most " + OrderLimits.NOTE + " characters");
        assertThat(page.body()).doesNotContain("conflicts with data written at the same time");
        assertThat(api.get("/orders/" + id + "/notes").json().at("/items").size())
                .isZero();
    }

    @Test
    void theUiBulkFormTakesNoMoreIdsThanTheApi() {
        var fixtures = new OrderFixtures(api);
        var drafts = List.of(fixtures.aDraft().create(), fixtures.aDraft().create());
        var ids = new ArrayList<String>(drafts);
        while (ids.size() <= OrderLimits.BULK_IDS) {
            ids.add(UUID.randomUUID().toString());
        }
        var tooMany = api.post("/orders/bulk-delete", Map.of("ids", ids)).expect(422);
        assertThat(tooMany.at("/errors/0/pointer")).isEqualTo("/ids");

        var browser = FormClient.signedIn(api, port(), "CLERK", null);
        var fields = new ArrayList<Map.Entry<String, String>>();
        ids.forEach(id -> fields.add(Map.entry("ids", id)));
        fields.add(Map.entry("action", "delete"));
        var page = browser.follow(browser.post("/orders/bulk", fields));
        assertThat(page.body()).contains("at most " + OrderLimits.BULK_IDS);
        drafts.forEach(id -> api.get("/orders/" + id).expect(200));
    }

    @Test
    void aFormWithTooManyParametersIsRefusedNeverA500() {
        var browser = FormClient.signedIn(api, port(), "CLERK", null);
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (int i = 0; i < 1_500; i++) {
            fields.add(Map.entry("ids", UUID.randomUUID().toString()));
        }
        fields.add(Map.entry("action", "delete"));
        var response = browser.post("/orders/bulk", fields);
        assertThat(response.statusCode()).isIn(413, 422);
        assertThat(response.body()).contains("more than 1000 parameters");
        var create = browser.post("/orders/new", fields);
        assertThat(create.statusCode()).isIn(413, 422);

        var order = api.post("/orders", Map.of("lines", List.of(OrderFixtures.customLine(1, "X", "1.00"))))
                .expect(201)
                .json();
        var row = browser.post(
                "/orders/" + order.at("/id").asString() + "/lines/"
                        + order.at("/lines/0/id").asString(),
                List.of(
                        Map.entry("quantity", "1"),
                        Map.entry("mode", "STANDARD"),
                        Map.entry("splits[300].quantity", "1")));
        assertThat(row.statusCode()).isEqualTo(422);
        assertThat(row.body()).contains("at most 256 rows");
    }
}

package dev.ordino.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChannelsIntegrationTests extends IntegrationTest {

    private static final String DEFAULT_ID = "00000000-0000-0000-0000-000000000001";

    @Autowired
    ChannelManagement management;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A code no other test (they share one database) will use. */
    static String code(String prefix) {
        return prefix + "-" + unique();
    }

    static Map<String, Object> channel(String code) {
        var channel = new HashMap<String, Object>();
        channel.put("code", code);
        channel.put("name", "Channel " + code);
        channel.put("workflow", "REVIEW");
        return channel;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> withTerms(Map<String, Object> body, String version, String text) {
        return with(with(with(body, "requiresTerms", true), "termsVersion", version), "termsText", text);
    }

    static Map<String, Object> nulls(String... fields) {
        var body = new HashMap<String, Object>();
        for (var field : fields) {
            body.put(field, null);
        }
        return body;
    }

    static List<String> pointers(Api.Response response) {
        return response.json()
                .at("/errors")
                .valueStream()
                .map(e -> e.at("/pointer").asString())
                .toList();
    }

    static List<String> codes(Api.Response response) {
        return response.json()
                .at("/errors")
                .valueStream()
                .map(e -> e.at("/code").asString())
                .toList();
    }

    List<String> ids(String path) {
        return api.get(path)
                .expect(200)
                .json()
                .at("/items")
                .valueStream()
                .map(item -> item.at("/id").asString())
                .toList();
    }

    String create(Map<String, Object> body) {
        return api.post("/channels", body).expect(201).at("/id");
    }

    String etag(String id) {
        return api.get("/channels/" + id).expect(200).header("ETag");
    }

    /** A warehouse group of one new warehouse, made the way staff make them. */
    String warehouseGroup() {
        var marker = unique();
        var warehouse = api.post(
                        "/warehouses",
                        Map.of(
                                "code",
                                "wh-" + marker,
                                "name",
                                "Warehouse " + marker,
                                "address",
                                Map.of(
                                        "line1",
                                        "1 Dock Road",
                                        "city",
                                        "Rotterdam",
                                        "postalCode",
                                        "3011",
                                        "country",
                                        "NL")))
                .expect(201)
                .at("/id");
        return api.post(
                        "/warehouse-groups",
                        Map.of("code", "grp-" + marker, "name", "Group " + marker, "warehouseIds", List.of(warehouse)))
                .expect(201)
                .at("/id");
    }

    @Test
    void createsAChannelWithAllItsFields() {
        var code = code("wholesale");
        var warehouseGroup = warehouseGroup();
        var body = withTerms(channel(code), "2026-11", "Net 30, delivery ex works.");
        body.put("name", "Wholesale Sales Channel");
        body.put("description", "Orders written by the wholesale desk");
        body.put("tags", List.of("b2b", "wholesale"));
        body.put("internal", true);
        body.put("requiresBillingAddress", true);
        body.put("warehouseGroupId", warehouseGroup);
        body.put("notifyOrderConfirmation", false);
        body.put("notifyShipped", false);
        var created = api.post("/channels", body).expect(201);

        var id = created.at("/id");
        assertThat(created.header("Location")).endsWith("/api/v1/channels/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        var read = api.get("/channels/" + id).expect(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        var json = read.json();
        assertThat(json.at("/code").asString()).isEqualTo(code);
        assertThat(json.at("/name").asString()).isEqualTo("Wholesale Sales Channel");
        assertThat(json.at("/description").asString()).isEqualTo("Orders written by the wholesale desk");
        assertThat(json.at("/tags").valueStream().map(t -> t.asString()).toList())
                .containsExactly("b2b", "wholesale");
        assertThat(json.at("/internal").asBoolean()).isTrue();
        assertThat(json.at("/workflow").asString()).isEqualTo("REVIEW");
        assertThat(json.at("/requiresTerms").asBoolean()).isTrue();
        assertThat(json.at("/termsVersion").asString()).isEqualTo("2026-11");
        assertThat(json.at("/termsText").asString()).isEqualTo("Net 30, delivery ex works.");
        assertThat(json.at("/requiresBillingAddress").asBoolean()).isTrue();
        assertThat(json.at("/warehouseGroupId").asString()).isEqualTo(warehouseGroup);
        assertThat(json.at("/notifyOrderConfirmation").asBoolean()).isFalse();
        assertThat(json.at("/notifyShipped").asBoolean()).isFalse();
        assertThat(json.at("/isDefault").asBoolean()).isFalse();
        assertThat(json.at("/version").asLong()).isEqualTo(1);
        assertThat(json.at("/createdAt").asString()).isEqualTo(created.at("/createdAt"));
        assertThat(json.at("/updatedAt").asString()).isEqualTo(created.at("/updatedAt"));
        assertThat(json.has("default")).isFalse();
    }

    @Test
    void defaultsInternalRequiresTermsAndRequiresBillingAddressToFalseAndTheCustomersEmailsToOn() {
        var json = api.post("/channels", channel(code("plain"))).expect(201).json();
        assertThat(json.at("/internal").asBoolean()).isFalse();
        assertThat(json.at("/requiresTerms").asBoolean()).isFalse();
        assertThat(json.at("/requiresBillingAddress").asBoolean()).isFalse();
        assertThat(json.at("/tags").size()).isZero();
        assertThat(json.at("/description").isNull()).isTrue();
        assertThat(json.at("/termsVersion").isNull()).isTrue();
        assertThat(json.at("/warehouseGroupId").isNull()).isTrue();
        assertThat(json.at("/notifyOrderConfirmation").asBoolean()).isTrue();
        assertThat(json.at("/notifyShipped").asBoolean()).isTrue();
        assertThat(api.get("/channels/" + DEFAULT_ID)
                        .json()
                        .at("/notifyShipped")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theDefaultChannelExistsAndPlacesOrdersDirectly() {
        var json = api.get("/channels/" + DEFAULT_ID).expect(200).json();
        assertThat(json.at("/code").asString()).isEqualTo("default");
        assertThat(json.at("/name").asString()).isEqualTo("Default");
        assertThat(json.at("/workflow").asString()).isEqualTo("DIRECT");
        assertThat(json.at("/internal").asBoolean()).isFalse();
        assertThat(json.at("/isDefault").asBoolean()).isTrue();
        assertThat(json.at("/createdAt").asString()).isNotBlank();

        var channel = management.defaultChannel();
        assertThat(channel.id()).isEqualTo(ChannelManagement.DEFAULT_CHANNEL_ID);
        assertThat(channel.isDefault()).isTrue();
        assertThat(channel.workflow()).isEqualTo(Workflow.DIRECT);
        assertThat(channel.requiresReview()).isFalse();
        assertThat(management.find(ChannelManagement.DEFAULT_CHANNEL_ID)).contains(channel);
        assertThat(management.findByCode("DEFAULT")).contains(channel);
        assertThat(management.count()).isPositive();
        assertThat(ids("/channels?q=default&workflow=DIRECT")).contains(DEFAULT_ID);
    }

    @Test
    void answersNotFoundForAnUnknownChannel() {
        var missing = UUID.randomUUID();
        var response = api.get("/channels/" + missing).expect(404);
        assertThat(response.at("/type")).isEqualTo("https://ordino.dev/problems/not-found");
        api.patch("/channels/" + missing, Map.of("name", "X")).expect(404);
        api.get("/channels/not-a-uuid").expect(404);

        assertThat(management.find(missing)).isEmpty();
        assertThatThrownBy(() -> management.get(missing))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
    }

    @Test
    void refusesMissingAndTooLongFields() {
        var missing = api.post("/channels", Map.of("description", "no code, name or workflow"))
                .expect(422);
        assertThat(missing.at("/type")).isEqualTo("https://ordino.dev/problems/validation");
        assertThat(pointers(missing)).containsExactlyInAnyOrder("/code", "/name", "/workflow");

        var body = channel("x".repeat(51));
        body.put("name", "n".repeat(201));
        body.put("description", "d".repeat(2001));
        body.put("termsVersion", "v".repeat(51));
        body.put("termsText", "t".repeat(100_001));
        var tooLong = api.post("/channels", body).expect(422);
        assertThat(pointers(tooLong))
                .containsExactlyInAnyOrder("/code", "/name", "/description", "/termsVersion", "/termsText");

        var longest = channel(code("x") + "-" + "x".repeat(50 - 11));
        longest.put("name", "n".repeat(200));
        longest.put("description", "d".repeat(2000));
        longest.put("termsVersion", "v".repeat(50));
        longest.put("termsText", "t".repeat(100_000));
        var stored = api.post("/channels", longest).expect(201).json();
        assertThat(stored.at("/code").asString()).hasSize(50);
        assertThat(stored.at("/termsText").asString()).hasSize(100_000);
    }

    @Test
    void refusesAnUnknownWorkflowAndUnknownFields() {
        var workflow = api.post("/channels", with(channel(code("flow")), "workflow", "MAGIC"))
                .expect(422);
        assertThat(pointers(workflow)).containsExactly("/workflow");

        var unknown = api.post("/channels", with(channel(code("flag")), "isDefault", true))
                .expect(422);
        assertThat(codes(unknown)).containsExactly("unknown");

        var id = create(channel(code("flag")));
        var patched = api.patch("/channels/" + id, Map.of("isDefault", true)).expect(422);
        assertThat(codes(patched)).containsExactly("unknown");
        api.patch("/channels/" + id, Map.of("workflow", "MAGIC")).expect(422);
    }

    @Test
    void storesTheCodeLowerCased() {
        var code = code("Web-Shop").toUpperCase();
        var created = api.post("/channels", channel(code)).expect(201);
        assertThat(created.at("/code")).isEqualTo(code.toLowerCase());
        assertThat(management.findByCode(code).map(Channel::id)).contains(UUID.fromString(created.at("/id")));
    }

    @Test
    void refusesACodeOutsideThePattern() {
        for (var code : List.of("-web", "web shop", "web_shop", "wéb", "web.shop", " web")) {
            var response = api.post("/channels", channel(code)).expect(422);
            assertThat(pointers(response)).as(code).containsExactly("/code");
        }
        var id = create(channel(code("pattern")));
        assertThat(pointers(api.patch("/channels/" + id, Map.of("code", "a/b")).expect(422)))
                .containsExactly("/code");

        var javaCaller = new NewChannel(
                "-bad",
                "Bad",
                null,
                null,
                null,
                Workflow.DIRECT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> management.create(javaCaller))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.errors())
                                .extracting(p -> p.pointer() + " " + p.code())
                                .containsExactly("/code pattern"));
    }

    @Test
    void refusesACodeThatIsAlreadyTakenIgnoringCase() {
        var code = code("taken");
        api.post("/channels", channel(code)).expect(201);

        var again = api.post("/channels", channel(code.toUpperCase())).expect(409);
        assertThat(again.at("/type")).isEqualTo("https://ordino.dev/problems/conflict");
        assertThat(again.at("/errors/0/pointer")).isEqualTo("/code");
        assertThat(again.at("/errors/0/code")).isEqualTo("unique");

        assertThat(api.post("/channels", channel("DEFAULT")).expect(409).at("/errors/0/code"))
                .isEqualTo("unique");

        var other = create(channel(code("other")));
        var patched = api.patch("/channels/" + other, Map.of("code", code.toUpperCase()))
                .expect(409);
        assertThat(patched.at("/errors/0/pointer")).isEqualTo("/code");
        assertThat(patched.at("/errors/0/code")).isEqualTo("unique");
        assertThat(etag(other)).isEqualTo("\"1\"");
    }

    @Test
    void keepsItsOwnCodeWhenOnlyItsCaseChanges() {
        var code = code("case");
        var id = create(channel(code));
        var patched =
                api.patch("/channels/" + id, Map.of("code", code.toUpperCase())).expect(200);
        assertThat(patched.at("/code")).isEqualTo(code);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void storesTagsTrimmedAndDeduplicated() {
        var id = create(with(channel(code("tags")), "tags", List.of(" wholesale ", "B2B", "wholesale", "b2b ", "eu")));
        assertThat(api.get("/channels/" + id).json().at("/tags").valueStream().map(t -> t.asString()))
                .containsExactly("wholesale", "B2B", "eu");

        var patched = api.patch("/channels/" + id, Map.of("tags", List.of("  phone ", "phone")))
                .expect(200);
        assertThat(patched.json().at("/tags").valueStream().map(t -> t.asString()))
                .containsExactly("phone");

        var cleared = api.patch("/channels/" + id, nulls("tags")).expect(200);
        assertThat(cleared.json().at("/tags").size()).isZero();
    }

    @Test
    void refusesMoreThanTwentyTagsAndTagsOutsideOneToFiftyCharacters() {
        var twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toList();
        assertThat(pointers(api.post("/channels", with(channel(code("many")), "tags", twentyOne))
                        .expect(422)))
                .containsExactly("/tags");
        create(with(channel(code("twenty")), "tags", twentyOne.subList(0, 20)));

        var bad = new ArrayList<String>();
        bad.add("ok");
        bad.add("   ");
        bad.add("t".repeat(51));
        bad.add(null);
        bad.add(" " + "t".repeat(50) + " ");
        var response =
                api.post("/channels", with(channel(code("bad")), "tags", bad)).expect(422);
        assertThat(pointers(response)).containsExactly("/tags/1", "/tags/2", "/tags/3");

        var id = create(channel(code("patch-tags")));
        assertThat(pointers(api.patch("/channels/" + id, Map.of("tags", List.of("", "fine")))
                        .expect(422)))
                .containsExactly("/tags/0");
        assertThat(pointers(
                        api.patch("/channels/" + id, Map.of("tags", twentyOne)).expect(422)))
                .containsExactly("/tags");
        assertThat(etag(id)).isEqualTo("\"1\"");
    }

    @Test
    void refusesRequiringTermsWithoutATermsVersion() {
        var body = with(channel(code("terms")), "requiresTerms", true);
        body.put("termsText", "Our terms.");
        var response = api.post("/channels", body).expect(422);
        assertThat(pointers(response)).containsExactly("/termsVersion");
        assertThat(codes(response)).containsExactly("required");

        assertThat(pointers(
                        api.post("/channels", with(body, "termsVersion", "  ")).expect(422)))
                .containsExactly("/termsVersion");

        var id = create(withTerms(channel(code("terms")), "v1", "Our terms."));
        assertThat(pointers(api.patch("/channels/" + id, nulls("termsVersion")).expect(422)))
                .containsExactly("/termsVersion");

        var plain = create(with(channel(code("terms")), "termsText", "Draft terms."));
        assertThat(pointers(api.patch("/channels/" + plain, Map.of("requiresTerms", true))
                        .expect(422)))
                .containsExactly("/termsVersion");
    }

    @Test
    void refusesRequiringTermsWithoutATermsText() {
        var body = with(channel(code("terms")), "requiresTerms", true);
        body.put("termsVersion", "v1");
        var response = api.post("/channels", body).expect(422);
        assertThat(pointers(response)).containsExactly("/termsText");
        assertThat(codes(response)).containsExactly("required");

        assertThat(pointers(
                        api.post("/channels", with(body, "termsText", " \n ")).expect(422)))
                .containsExactly("/termsText");
        assertThat(pointers(api.post("/channels", with(channel(code("terms")), "requiresTerms", true))
                        .expect(422)))
                .containsExactlyInAnyOrder("/termsVersion", "/termsText");

        var id = create(withTerms(channel(code("terms")), "v1", "Our terms."));
        assertThat(pointers(api.patch("/channels/" + id, nulls("termsText")).expect(422)))
                .containsExactly("/termsText");
        assertThat(etag(id)).isEqualTo("\"1\"");

        var off = api.patch("/channels/" + id, with(nulls("termsText", "termsVersion"), "requiresTerms", false))
                .expect(200)
                .json();
        assertThat(off.at("/requiresTerms").asBoolean()).isFalse();
        assertThat(off.at("/termsText").isNull()).isTrue();
    }

    @Test
    void refusesChangingTheTermsTextWithoutANewTermsVersion() {
        var id = create(withTerms(channel(code("terms")), "2026-01", "Payment within 30 days."));

        var refused = api.patch("/channels/" + id, Map.of("termsText", "Payment within 14 days."))
                .expect(422);
        assertThat(pointers(refused)).containsExactly("/termsVersion");
        assertThat(codes(refused)).containsExactly("changed");
        var sameVersion = api.patch(
                        "/channels/" + id, Map.of("termsText", "Payment within 14 days.", "termsVersion", "2026-01"))
                .expect(422);
        assertThat(codes(sameVersion)).containsExactly("changed");
        var switchedOff = api.patch(
                        "/channels/" + id, Map.of("termsText", "Payment within 14 days.", "requiresTerms", false))
                .expect(422);
        assertThat(codes(switchedOff)).containsExactly("changed");
        assertThat(etag(id)).isEqualTo("\"1\"");

        var accepted = api.patch(
                        "/channels/" + id, Map.of("termsText", "Payment within 14 days.", "termsVersion", "2026-02"))
                .expect(200)
                .json();
        assertThat(accepted.at("/termsVersion").asString()).isEqualTo("2026-02");
        assertThat(accepted.at("/termsText").asString()).isEqualTo("Payment within 14 days.");

        // A new version of the same text is fine (buyers accept it again).
        api.patch("/channels/" + id, Map.of("termsVersion", "2026-03")).expect(200);
    }

    @Test
    void aTermsVersionNamesOneTextEvenWhileTermsAreSwitchedOff() {
        var id = create(withTerms(channel(code("loophole")), "2026-01", "Payment within 30 days."));
        api.patch("/channels/" + id, Map.of("requiresTerms", false)).expect(200);
        var refused = api.patch("/channels/" + id, Map.of("termsText", "Payment within 7 days."))
                .expect(422);
        assertThat(codes(refused)).containsExactly("changed");
        var drafts = create(with(with(channel(code("drafts")), "termsVersion", "draft"), "termsText", "One"));
        api.patch("/channels/" + drafts, Map.of("termsText", "Two")).expect(422);
        api.patch("/channels/" + drafts, Map.of("termsText", "Two", "termsVersion", "draft-2"))
                .expect(200);
    }

    @Test
    void refusesChangingTheDefaultChannelsCode() {
        var response = api.patch("/channels/" + DEFAULT_ID, Map.of("code", code("renamed")))
                .expect(422);
        assertThat(pointers(response)).containsExactly("/code");
        assertThat(codes(response)).containsExactly("immutable");
        assertThat(api.get("/channels/" + DEFAULT_ID).at("/code")).isEqualTo("default");
    }

    @Test
    void refusesToClearARequiredField() {
        var id = create(channel(code("clear")));
        for (var field : List.of(
                "code",
                "name",
                "workflow",
                "internal",
                "requiresTerms",
                "requiresBillingAddress",
                "notifyOrderConfirmation",
                "notifyShipped")) {
            var response = api.patch("/channels/" + id, nulls(field)).expect(422);
            assertThat(pointers(response)).as(field).containsExactly("/" + field);
        }
        assertThat(pointers(api.patch("/channels/" + id, Map.of("name", "   ")).expect(422)))
                .containsExactly("/name");
        assertThat(pointers(api.patch("/channels/" + id, Map.of("code", "")).expect(422)))
                .containsExactly("/code");
        assertThat(etag(id)).isEqualTo("\"1\"");
    }

    @Test
    void patchesOnlyTheFieldsSentAndHonoursIfMatch() {
        var code = code("patch");
        var group = warehouseGroup();
        var body = with(with(channel(code), "description", "Phone orders"), "warehouseGroupId", group);
        body.put("tags", List.of("phone"));
        var created = api.post("/channels", body).expect(201).json();
        var id = created.at("/id").asString();

        var changes = nulls("description", "warehouseGroupId");
        changes.put("name", " Phone desk ");
        changes.put("workflow", "DIRECT");
        changes.put("internal", true);
        changes.put("requiresBillingAddress", true);
        changes.put("notifyShipped", false);
        var patched = api.patch("/channels/" + id, changes).expect(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        var json = patched.json();
        assertThat(json.at("/name").asString()).isEqualTo("Phone desk");
        assertThat(json.at("/workflow").asString()).isEqualTo("DIRECT");
        assertThat(json.at("/internal").asBoolean()).isTrue();
        assertThat(json.at("/requiresBillingAddress").asBoolean()).isTrue();
        assertThat(json.at("/notifyShipped").asBoolean()).isFalse();
        assertThat(json.at("/notifyOrderConfirmation").asBoolean()).isTrue();
        assertThat(json.at("/description").isNull()).isTrue();
        assertThat(json.at("/warehouseGroupId").isNull()).isTrue();
        assertThat(json.at("/code").asString()).isEqualTo(code);
        assertThat(json.at("/tags/0").asString()).isEqualTo("phone");
        assertThat(json.at("/version").asLong()).isEqualTo(2);
        assertThat(json.at("/createdAt").asString())
                .isEqualTo(created.at("/createdAt").asString());
        assertThat(api.get("/channels/" + id).json()).isEqualTo(json);

        var stale = api.send("PATCH", "/channels/" + id, Map.of("name", "Stale"), Map.of("If-Match", "\"1\""))
                .expect(412);
        assertThat(stale.at("/type")).isEqualTo("https://ordino.dev/problems/stale-version");
        assertThat(api.get("/channels/" + id).at("/name")).isEqualTo("Phone desk");

        var current = api.send("PATCH", "/channels/" + id, Map.of("name", "Current"), Map.of("If-Match", "\"2\""))
                .expect(200);
        assertThat(current.header("ETag")).isEqualTo("\"3\"");
        assertThat(current.at("/name")).isEqualTo("Current");
    }

    @Test
    void everyChangeBumpsTheVersion() {
        var id = create(channel(code("bump")));
        api.patch("/channels/" + id, Map.of("description", "one")).expect(200);
        api.patch("/channels/" + id, Map.of("tags", List.of("two"))).expect(200);
        var third = api.patch("/channels/" + id, Map.of("warehouseGroupId", warehouseGroup()))
                .expect(200);
        assertThat(third.header("ETag")).isEqualTo("\"4\"");
        assertThat(third.json().at("/version").asLong()).isEqualTo(4);
        assertThat(third.at("/updatedAt")).isGreaterThanOrEqualTo(third.at("/createdAt"));
    }

    @Test
    void refusesAWarehouseGroupThatDoesNotExist() {
        var group = warehouseGroup();
        var id = create(with(channel(code("wh")), "warehouseGroupId", group));
        assertThat(api.get("/channels/" + id).at("/warehouseGroupId")).isEqualTo(group);

        var unknown = UUID.randomUUID().toString();
        var created = api.post("/channels", with(channel(code("wh")), "warehouseGroupId", unknown))
                .expect(422);
        assertThat(pointers(created)).containsExactly("/warehouseGroupId");
        assertThat(codes(created)).containsExactly("exists");
        var patched = api.patch("/channels/" + id, Map.of("warehouseGroupId", unknown))
                .expect(422);
        assertThat(pointers(patched)).containsExactly("/warehouseGroupId");
        assertThat(api.get("/channels/" + id).at("/warehouseGroupId")).isEqualTo(group);
        assertThat(etag(id)).isEqualTo("\"1\"");

        assertThat(pointers(api.post("/channels", with(channel(code("wh")), "warehouseGroupId", "main"))
                        .expect(422)))
                .containsExactly("/warehouseGroupId");
    }

    @Test
    void staffSwitchTheCustomersEmailsOffAndOnOnTheChannelsPage() {
        var id = create(channel(code("mail")));
        var admin = FormClient.signedIn(api, port(), "ADMIN", null);
        var page = admin.get("/channels/" + id).body();
        assertThat(page)
                .contains(
                        "E-mail the customer an order confirmation",
                        "E-mail the customer when a shipment ships",
                        "id=\"ch-notify-confirmation\"",
                        "id=\"ch-notify-shipped\"");

        var fields = new HashMap<String, String>();
        fields.put("code", api.get("/channels/" + id).at("/code"));
        fields.put("name", "Mail " + id);
        fields.put("workflow", "REVIEW");
        fields.put("openToBuyers", "true");
        fields.put("notifyOrderConfirmation", "true");
        fields.put("version", "1");
        var saved = admin.post("/channels/" + id, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        var json = api.get("/channels/" + id).json();
        assertThat(json.at("/notifyOrderConfirmation").asBoolean()).isTrue();
        assertThat(json.at("/notifyShipped").asBoolean())
                .as("an unticked box switches the e-mail off")
                .isFalse();

        var created = admin.post(
                "/channels",
                Map.of(
                        "code",
                        code("mail"),
                        "name",
                        "New",
                        "workflow",
                        "DIRECT",
                        "notifyOrderConfirmation",
                        "true",
                        "notifyShipped",
                        "true"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/channels").body()).contains("id=\"ch-notify-shipped\"");
    }

    @Test
    void staffPickTheChannelsWarehouseGroupOnItsPage() {
        var id = create(channel(code("whpage")));
        var group = warehouseGroup();
        var admin = FormClient.signedIn(api, port(), "ADMIN", null);
        assertThat(admin.get("/channels/" + id).body())
                .contains("id=\"ch-warehouse-group\"", "value=\"" + group + "\"");

        var fields = new HashMap<String, String>();
        fields.put("code", api.get("/channels/" + id).at("/code"));
        fields.put("name", "Warehouse page " + id);
        fields.put("workflow", "REVIEW");
        fields.put("warehouseGroupId", group);
        fields.put("version", "1");
        assertThat(admin.post("/channels/" + id, fields).statusCode()).isEqualTo(302);

        assertThat(api.get("/channels/" + id).at("/warehouseGroupId")).isEqualTo(group);
        assertThat(admin.get("/channels/" + id).body()).contains("selected=\"selected\"");
    }

    @Test
    void searchesByPartialCodeNameOrTagIgnoringCaseFiltersAndPagesWithACursor() {
        var marker = unique();
        var alpha =
                create(with(with(channel("alpha-" + marker), "name", "Alpha shop"), "tags", List.of("Retail", "EU")));
        var bravo = create(with(
                with(with(channel("bravo-" + marker), "name", "Bravo desk"), "workflow", "DIRECT"), "internal", true));
        var charlie = create(with(
                with(channel("charlie-x" + marker), "name", "Charlie portal"), "tags", List.of("Wholesale-" + marker)));

        // q matches the code, the name or a tag, partially, ignoring case.
        assertThat(ids("/channels?q=" + marker.toUpperCase())).containsExactly(alpha, bravo, charlie);
        assertThat(ids("/channels?q=ALPHA-" + marker)).containsExactly(alpha);
        assertThat(ids("/channels?q=sale-" + marker.toUpperCase())).containsExactly(charlie);
        assertThat(ids("/channels?q=" + marker + "&workflow=DIRECT")).containsExactly(bravo);
        assertThat(ids("/channels?q=" + marker + "&workflow=REVIEW")).containsExactly(alpha, charlie);
        assertThat(ids("/channels?q=" + marker + "&internal=true")).containsExactly(bravo);
        assertThat(ids("/channels?q=" + marker + "&internal=false")).containsExactly(alpha, charlie);
        var tagged = marker.substring(0, 4);
        assertThat(ids("/channels?q=wholesale-" + tagged)).contains(charlie).doesNotContain(alpha, bravo);

        // Sorts: name by default, -name, code, -code, createdAt, -createdAt.
        assertThat(ids("/channels?q=" + marker + "&sort=-name")).containsExactly(charlie, bravo, alpha);
        assertThat(ids("/channels?q=" + marker + "&sort=code")).containsExactly(alpha, bravo, charlie);
        assertThat(ids("/channels?q=" + marker + "&sort=-code")).containsExactly(charlie, bravo, alpha);
        assertThat(ids("/channels?q=" + marker + "&sort=createdAt")).containsExactlyInAnyOrder(alpha, bravo, charlie);
        assertThat(ids("/channels?q=" + marker + "&sort=-createdAt")).containsExactlyInAnyOrder(alpha, bravo, charlie);

        // Pages with an opaque cursor bound to its sort.
        var first = api.get("/channels?q=" + marker + "&limit=2").expect(200).json();
        assertThat(first.at("/items").valueStream().map(i -> i.at("/id").asString()))
                .containsExactly(alpha, bravo);
        var cursor = first.at("/nextCursor").asString();
        var last = api.get("/channels?q=" + marker + "&limit=2&cursor=" + cursor)
                .expect(200)
                .json();
        assertThat(last.at("/items").valueStream().map(i -> i.at("/id").asString()))
                .containsExactly(charlie);
        assertThat(last.at("/nextCursor").isNull()).isTrue();
        api.get("/channels?q=" + marker + "&limit=2&sort=code&cursor=" + cursor).expect(422);

        var byCreation = new ArrayList<String>();
        String next = null;
        do {
            var page = api.get("/channels?q=" + marker + "&sort=-createdAt&limit=1"
                            + (next == null ? "" : "&cursor=" + next))
                    .expect(200)
                    .json();
            page.at("/items")
                    .valueStream()
                    .forEach(i -> byCreation.add(i.at("/id").asString()));
            next = page.at("/nextCursor").isNull()
                    ? null
                    : page.at("/nextCursor").asString();
        } while (next != null);
        assertThat(byCreation).containsExactlyInAnyOrder(alpha, bravo, charlie);

        assertThat(management
                        .list(new ChannelQuery(marker, Workflow.DIRECT, null, null), PageRequest.of(null, null))
                        .items())
                .extracting(channel -> channel.id().toString())
                .containsExactly(bravo);
    }

    @Test
    void refusesBadListParameters() {
        assertThat(pointers(api.get("/channels?sort=shoeSize").expect(422))).containsExactly("?sort");
        assertThat(pointers(api.get("/channels?limit=201").expect(422))).containsExactly("?limit");
        assertThat(pointers(api.get("/channels?workflow=MAGIC").expect(422))).containsExactly("?workflow");
        assertThat(pointers(api.get("/channels?cursor=garbage").expect(422))).containsExactly("?cursor");
    }

    @Test
    void theOpenApiDocumentDescribesChannels() {
        var doc = api.get("/v3/api-docs").expect(200).json();
        assertThat(doc.at("/paths").has("/api/v1/channels")).isTrue();
        assertThat(doc.at("/paths").has("/api/v1/channels/{id}")).isTrue();
        assertThat(doc.at("/components/schemas/Channel/properties").has("isDefault"))
                .isTrue();
        for (var schema : List.of("Channel", "NewChannel", "ChannelChanges")) {
            assertThat(doc.at("/components/schemas/" + schema + "/properties/notifyShipped/type")
                            .asString())
                    .as(schema)
                    .isEqualTo("boolean");
            assertThat(doc.at("/components/schemas/" + schema + "/properties").has("notifyOrderConfirmation"))
                    .as(schema)
                    .isTrue();
        }
    }

    @Test
    void anInternalChannelIsClosedToBuyersUnlessStaffOpenIt() {
        var open = api.post("/channels", channel(code("open"))).expect(201).json();
        assertThat(open.at("/openToBuyers").asBoolean()).isTrue();
        var internal = api.post("/channels", with(channel(code("desk")), "internal", true))
                .expect(201)
                .json();
        assertThat(internal.at("/openToBuyers").asBoolean()).isFalse();
        var opened = api.post("/channels", with(with(channel(code("desk")), "internal", true), "openToBuyers", true))
                .expect(201)
                .json();
        assertThat(opened.at("/openToBuyers").asBoolean()).isTrue();
        var closed = api.post("/channels", with(channel(code("closed")), "openToBuyers", false))
                .expect(201)
                .json();
        assertThat(closed.at("/openToBuyers").asBoolean()).isFalse();
        assertThat(api.get("/channels/" + DEFAULT_ID)
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isTrue();

        var id = open.at("/id").asString();
        assertThat(api.patch("/channels/" + id, Map.of("openToBuyers", false))
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isFalse();
        assertThat(api.patch("/channels/" + id, Map.of("openToBuyers", true))
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isTrue();
        // turning a channel internal closes it to buyers, unless the same change says otherwise
        assertThat(api.patch("/channels/" + id, Map.of("internal", true))
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isFalse();
        assertThat(api.patch("/channels/" + id, Map.of("internal", false, "openToBuyers", false))
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isFalse();
        assertThat(pointers(api.patch("/channels/" + id, nulls("openToBuyers")).expect(422)))
                .containsExactly("/openToBuyers");
        assertThat(api.get("/channels/" + id)
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isFalse();
    }
}

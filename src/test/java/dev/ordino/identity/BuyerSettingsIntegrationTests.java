package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.Actor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.support.Api;
import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import dev.ordino.taxes.TaxManagement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The settings are the staff's (issue 16, findings 3 and 4): a buyer lists and reads none of them, whatever her
 * token's scopes, neither through the API nor the services behind it; she starts orders only in channels open
 * to buyers (any other channel answers like an unknown one), and applies only coupons that are not staff-only
 * (any other code answers like an unknown one).
 */
class BuyerSettingsIntegrationTests extends IntegrationTest {

    private static final String PASSWORD = "a buyer settings test password";

    private final String marker = OrderFixtures.newMarker();

    @Autowired
    private ChannelManagement channels;

    @Autowired
    private PromotionManagement promotions;

    @Autowired
    private TaxManagement taxes;

    @Autowired
    private ShippingManagement shipping;

    @Autowired
    private CatalogManagement catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private OrderFixtures fixtures() {
        return new OrderFixtures(api, marker);
    }

    private String user(String role, String customerId) {
        var body = new HashMap<String, Object>();
        body.put(
                "email",
                role.toLowerCase() + "-bs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        body.put("name", role + " " + marker);
        body.put("role", role);
        body.put("password", PASSWORD);
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        return api.post("/users", body).expect(201).at("/id");
    }

    /** A caller with a token carrying every scope of the role (a buyer's include catalog:read). */
    private Api caller(Role role, String customerId) {
        var userId = user(role.name(), customerId);
        return api.as(api.post(
                        "/tokens",
                        Map.of("name", "bs " + marker, "userId", userId, "scopes", List.copyOf(role.scopes())))
                .expect(201)
                .at("/token"));
    }

    private Map<String, Object> coupon(String code, boolean staffOnly) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Coupon " + code);
        body.put("scope", "ORDER");
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 90);
        body.put("couponCode", code);
        body.put("staffOnly", staffOnly);
        return body;
    }

    // --- finding 4: settings reads ---------------------------------------------------------------------------

    @Test
    void aBuyerListsAndReadsNoSettingWhateverHerScopes() {
        var customer = fixtures().aBusinessCustomer("bs").create();
        var buyer = caller(Role.BUYER, customer.id());
        var viewer = caller(Role.VIEWER, null);
        var channelId = fixtures().aReviewChannel("bs").with("internal", true).create();
        var promotionId = api.post("/promotions", coupon("STAFF90" + marker, true))
                .expect(201)
                .at("/id");
        var unknown = UUID.randomUUID().toString();
        var reads = List.of(
                "/channels",
                "/channels/" + channelId,
                "/channels?internal=true",
                "/promotions",
                "/promotions/" + promotionId,
                "/pricing-rules",
                "/pricing-rules/" + unknown,
                "/tax-zones",
                "/tax-zones/" + unknown,
                "/shipping-methods",
                "/shipping-methods/" + unknown,
                "/price-lists",
                "/price-lists/" + unknown);
        for (var path : reads) {
            var refused = buyer.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.text()).as(path).doesNotContain("STAFF90");
            assertThat(viewer.get(path).status()).as("a viewer reads " + path).isIn(200, 404);
        }
        assertThat(viewer.get("/promotions/" + promotionId).expect(200).at("/couponCode"))
                .isEqualTo(("STAFF90" + marker).toUpperCase());
        // what a buyer needs stays open to her: the catalog
        buyer.get("/products").expect(200);
    }

    @Test
    void aBuyerReadsTheOneOwnPriceListHerCustomerBuysFromAndNoOther() {
        var product = fixtures().aProduct("OPL").priced("10.00").create();
        var priceListId = api.post(
                        "/price-lists",
                        Map.of(
                                "code",
                                "own-" + marker,
                                "name",
                                "Key account " + marker,
                                "currency",
                                "USD",
                                "entries",
                                List.of(Map.of("sku", product.sku(), "price", OrderFixtures.usd("8.50")))))
                .expect(201)
                .at("/id");
        var keyAccount = fixtures()
                .aBusinessCustomer("opl")
                .with("priceListId", priceListId)
                .create();
        var listPrices = fixtures().aBusinessCustomer("opl2").create();

        var own = caller(Role.BUYER, keyAccount.id()).get("/me/price-list").expect(200);
        assertThat(own.at("/id")).isEqualTo(priceListId);
        assertThat(own.at("/entries/0/price/amount")).isEqualTo("8.50");
        var other = caller(Role.BUYER, listPrices.id());
        assertThat(other.get("/me/price-list").expect(404).at("/type")).endsWith("/not-found");
        other.get("/price-lists/" + priceListId).expect(403);
        caller(Role.CLERK, null).get("/me/price-list").expect(404);
    }

    @Test
    void theSettingsServicesRefuseABuyerThemselves() {
        var buyer = new Actor("buyer-" + marker, "Buyer", UUID.randomUUID(), Set.of("*"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(buyer, null));
        var page = PageRequest.of(10, null);
        var id = UUID.randomUUID();
        List<ThrowingCallable> reads = List.of(
                () -> channels.list(new ChannelQuery(null, null, null, null), page),
                () -> channels.get(id),
                () -> promotions.list(null, null, null, page),
                () -> promotions.get(id),
                () -> promotions.listRules(page),
                () -> promotions.getRule(id),
                () -> taxes.list(null, page),
                () -> taxes.get(id),
                () -> shipping.list(page),
                () -> shipping.get(id),
                () -> catalog.listPriceLists(page),
                () -> catalog.getPriceList(id));
        for (int i = 0; i < reads.size(); i++) {
            assertThatThrownBy(reads.get(i))
                    .as("read " + i)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
        }
    }

    // --- finding 3: channels open to buyers ----------------------------------------------------------------

    @Test
    void aBuyerStartsOrdersOnlyInChannelsOpenToBuyersAndAnyOtherAnswersLikeAnUnknownChannel() {
        var customer = fixtures().aBusinessCustomer("bc").create();
        var buyer = caller(Role.BUYER, customer.id());
        var wholesale =
                fixtures().aReviewChannel("wholesale").with("internal", true).create();
        var closed =
                fixtures().aReviewChannel("closed").with("openToBuyers", false).create();
        var opened = fixtures()
                .aReviewChannel("opened")
                .with("internal", true)
                .with("openToBuyers", true)
                .create();

        var unknownId = UUID.randomUUID().toString();
        var unknown = buyer.post("/orders", Map.of("channelId", unknownId))
                .expect(422)
                .json();
        for (var channelId : List.of(wholesale, closed)) {
            var refused = buyer.post("/orders", Map.of("channelId", channelId))
                    .expect(422)
                    .json();
            assertThat(refused.toString().replace(channelId, unknownId))
                    .as("a closed channel answers like an unknown one")
                    .isEqualTo(unknown.toString());
        }
        assertThat(buyer.get("/orders?channelId=" + wholesale)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isZero();

        assertThat(buyer.post("/orders", Map.of("channelId", opened))
                        .expect(201)
                        .at("/channelId"))
                .isEqualTo(opened);
        // issue 18, defect 1: not the default DIRECT channel, where a buyer could neither submit nor place
        var unnamed = buyer.post("/orders", Map.of()).expect(201).at("/channelId");
        assertThat(unnamed)
                .as("a buyer's draft without a channel goes to a channel open to her")
                .isNotIn(wholesale, closed);
        assertThat(api.get("/channels/" + unnamed)
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isTrue();
        var clerk = caller(Role.CLERK, null);
        assertThat(clerk.post("/orders", Map.of("customerId", customer.id()))
                        .expect(201)
                        .at("/channelId"))
                .as("staff's draft without a channel goes to the default channel")
                .isEqualTo(ChannelManagement.DEFAULT_CHANNEL_ID.toString());
        assertThat(clerk.post("/orders", Map.of("channelId", wholesale, "customerId", customer.id()))
                        .expect(201)
                        .at("/channelId"))
                .as("staff start orders in any channel")
                .isEqualTo(wholesale);
    }

    @Test
    void aBuyersCopyOfAnOrderInAChannelClosedToHerGoesWhereHerNewDraftsGo() {
        var customer = fixtures().aBusinessCustomer("bk").create();
        var buyer = caller(Role.BUYER, customer.id());
        var wholesale =
                fixtures().aReviewChannel("wholesale-k").with("internal", true).create();
        var clerk = caller(Role.CLERK, null);
        var staffOrder = clerk.post("/orders", Map.of("channelId", wholesale, "customerId", customer.id()))
                .expect(201)
                .at("/id");

        var copyChannel = buyer.post("/orders/" + staffOrder + "/clone", Map.of())
                .expect(201)
                .at("/channelId");
        assertThat(copyChannel)
                .as("a buyer's reorder of a wholesale order is not a wholesale order")
                .isNotEqualTo(wholesale);
        assertThat(api.get("/channels/" + copyChannel).expect(200).at("/openToBuyers"))
                .isEqualTo("true");
        assertThat(clerk.post("/orders/" + staffOrder + "/clone", Map.of())
                        .expect(201)
                        .at("/channelId"))
                .as("staff copies stay in the original's channel")
                .isEqualTo(wholesale);
    }

    @Test
    void aBuyersNewDraftInThePortalGoesToAChannelOpenToBuyers() {
        // "0..." sorts before every other code: before the fix the portal picked this REVIEW channel
        var closed =
                fixtures().aReviewChannel("0closed").with("openToBuyers", false).create();
        var customer = fixtures().aBusinessCustomer("bp").create();
        var client = FormClient.signedIn(api, port(), "BUYER", customer.id());

        var created = client.post("/orders/new", Map.of());
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/orders/[0-9a-f-]{36}$");
        var orderId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(api.get("/orders/" + orderId).expect(200).at("/channelId")).isNotEqualTo(closed);
        assertThat(client.get("/orders/" + orderId).statusCode()).isEqualTo(200);
        assertThat(client.get("/orders").statusCode()).isEqualTo(200);
        assertThat(client.get("/channels").statusCode()).isEqualTo(403);
    }

    @Test
    void aBuyersApiDraftWithoutAChannelGoesWhereHerPortalDraftsGoAndCanBeSubmitted() {
        fixtures().aReviewChannel("opento").with("openToBuyers", true).create();
        var customer = fixtures().aBusinessCustomer("ac").create();
        var buyer = caller(Role.BUYER, customer.id());

        var created = buyer.post("/orders", Map.of()).expect(201).json();

        var channel = api.get("/channels/" + created.at("/channelId").asString())
                .expect(200)
                .json();
        assertThat(channel.at("/openToBuyers").asBoolean()).isTrue();
        assertThat(channel.at("/workflow").asString()).isEqualTo("REVIEW");
        assertThat(created.at("/allowedActions").toString()).contains("submit");
    }

    // --- finding 4: coupons --------------------------------------------------------------------------------

    @Test
    void aBuyerAppliesAPublicCouponAndAStaffOnlyCodeAnswersLikeAnUnknownOne() {
        var f = fixtures();
        var customer = f.aBusinessCustomer("cp")
                .withAddress(OrderFixtures.address("C", "1 C St", "Akron", "44308"))
                .create();
        var productId = f.aProduct("BS").priced("10.00").create().id();
        var buyer = caller(Role.BUYER, customer.id());
        var staffOnly = "STAFF" + marker;
        var open = "WELCOME" + marker;
        api.post("/promotions", coupon(staffOnly, true)).expect(201);
        api.post("/promotions", coupon(open, false)).expect(201);
        var draft = buyer.post("/orders", Map.of("lines", List.of(Map.of("productId", productId, "quantity", 1))))
                .expect(201)
                .at("/id");

        var unknownCode = "NOPE" + marker;
        var unknown = buyer.post("/orders/" + draft + "/coupons", Map.of("code", unknownCode))
                .expect(422)
                .json();
        var refused = buyer.post("/orders/" + draft + "/coupons", Map.of("code", staffOnly))
                .expect(422)
                .json();
        assertThat(refused.toString().replace(staffOnly, unknownCode)).isEqualTo(unknown.toString());

        buyer.post("/orders/" + draft + "/coupons", Map.of("code", open.toLowerCase()))
                .expect(201);
        var staffDraft = api.post(
                        "/orders",
                        Map.of(
                                "customerId",
                                customer.id(),
                                "lines",
                                List.of(Map.of("productId", productId, "quantity", 1))))
                .expect(201)
                .at("/id");
        api.post("/orders/" + staffDraft + "/coupons", Map.of("code", staffOnly))
                .expect(201);
    }

    @Test
    void staffOpenAndCloseAChannelToBuyersOnItsPage() {
        var channelId = fixtures().aReviewChannel("page").create();
        var admin = FormClient.signedIn(api, port(), "ADMIN", null);
        var page = admin.get("/channels/" + channelId).body();
        assertThat(page).contains("name=\"openToBuyers\"", "name=\"_csrf\"");
        var channel = api.get("/channels/" + channelId).expect(200).json();
        var form = new LinkedHashMap<String, String>();
        form.put("code", channel.at("/code").asString());
        form.put("name", channel.at("/name").asString());
        form.put("workflow", "REVIEW");
        form.put("requiresTerms", "true");
        form.put("termsVersion", channel.at("/termsVersion").asString());
        form.put("termsText", channel.at("/termsText").asString());
        form.put("version", channel.at("/version").asString());
        assertThat(admin.post("/channels/" + channelId, form).statusCode()).isEqualTo(302);
        assertThat(api.get("/channels/" + channelId)
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isFalse();
        assertThat(admin.get("/channels/" + channelId).body())
                .as("the channel's page carries a CSRF token")
                .contains("name=\"_csrf\"");
        form.put("openToBuyers", "true");
        form.put("version", api.get("/channels/" + channelId).expect(200).at("/version"));
        assertThat(admin.post("/channels/" + channelId, form).statusCode()).isEqualTo(302);
        assertThat(api.get("/channels/" + channelId)
                        .expect(200)
                        .json()
                        .at("/openToBuyers")
                        .asBoolean())
                .isTrue();
    }
}

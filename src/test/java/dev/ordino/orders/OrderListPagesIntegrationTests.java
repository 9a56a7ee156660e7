package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.FormClient;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The orders view and the items view's "Add to order" over plain HTTP (issue 18, defects 5 and 7): what
 * cannot be added is named on the page, never a bare error page; nothing ticked asks for items; a new draft is
 * made only with lines; the menu offers drafts with items first; bulk delete comes back to the same list; the
 * clone notice names what the clone left out.
 */
class OrderListPagesIntegrationTests extends IntegrationTest {

    private String marker;
    private OrderFixtures fixtures;
    private FormClient clerk;

    @BeforeEach
    void clerkOnTheItemsView() {
        marker = OrderFixtures.newMarker();
        fixtures = new OrderFixtures(api, marker);
        clerk = FormClient.signedIn(api, port(), "CLERK", null);
        clerk.get("/products");
    }

    @Test
    void addingItemsToADraftThatHoldsOneOfThemAddsTheOthersAndNamesTheOneLeftOut() {
        var lamp = fixtures.aProduct("LMP").named("Lamp " + marker).create();
        var shade = fixtures.aProduct("SHD").named("Shade " + marker).create();
        var draft = fixtures.aDraft().withLine(lamp.id(), 3).create();

        var added = clerk.post(
                "/orders/add-items",
                List.of(
                        Map.entry("productIds", lamp.id()),
                        Map.entry("productIds", shade.id()),
                        Map.entry("target", draft)));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(location(added)).endsWith("/orders/" + draft);
        var page = clerk.follow(added);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(flash(page, "notice")).contains("1 item added");
        assertThat(flash(page, "problem"))
                .contains("Lamp " + marker + " (" + lamp.sku() + ")", "already on this order")
                .doesNotContain("Shade");
        var order = api.get("/orders/" + draft).expect(200).json();
        assertThat(order.at("/lines").size()).isEqualTo(2);
        assertThat(order.at("/lines/0/quantity").asInt())
                .as("the line already there keeps its quantity")
                .isEqualTo(3);
        assertThat(order.at("/lines/1/sku").asString()).isEqualTo(shade.sku());
    }

    @Test
    void addingOnlyItemsTheDraftHoldsChangesNothingAndSaysSoOnTheItemsView() {
        var lamp = fixtures.aProduct("LMP").named("Lamp " + marker).create();
        var draft = fixtures.aDraft().withLine(lamp.id(), 3).create();
        var version = api.get("/orders/" + draft).expect(200).at("/version");

        var added = clerk.post(
                "/orders/add-items", List.of(Map.entry("productIds", lamp.id()), Map.entry("target", draft)));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(location(added)).endsWith("/products");
        var page = clerk.follow(added);
        assertThat(flash(page, "problem")).contains("Nothing was added", "Lamp " + marker, "already on this order");
        assertThat(api.get("/orders/" + draft).expect(200).at("/version")).isEqualTo(version);
    }

    @Test
    void addToOrderWithNothingTickedAsksForItemsOnTheItemsViewAndCreatesNoDraft() {
        var newest = newestOrder();
        for (var target : new String[] {"new", fixtures.aDraft().create()}) {
            newest = newestOrder();
            var response = clerk.post("/orders/add-items", Map.of("target", target));
            assertThat(response.statusCode()).as(target).isEqualTo(302);
            assertThat(location(response)).as(target).endsWith("/products");
            assertThat(flash(clerk.follow(response), "problem")).as(target).isEqualTo("Select one or more items.");
        }
        assertThat(newestOrder()).as("no draft was created").isEqualTo(newest);

        assertThat(clerk.get("/products?q=lamp%20" + marker + "&purchasable=true")
                        .body())
                .contains("value=\"/products?q=lamp%20" + marker + "&amp;purchasable=true\"");
        var search = "/products?q=lamp%20" + marker + "&purchasable=true";
        assertThat(location(clerk.post("/orders/add-items", Map.of("target", "new", "back", search))))
                .as("back to the same search")
                .endsWith(search);
        assertThat(location(
                        clerk.post("/orders/add-items", Map.of("target", "new", "back", "//evil.example/products"))))
                .as("never away from the items view")
                .endsWith("/products")
                .doesNotContain("evil");
    }

    @Test
    void aNewOrderFromTheItemsViewHoldsWhatCanBeAddedAndNamesTheRest() {
        var lamp = fixtures.aProduct("LMP").named("Lamp " + marker).create();
        var gone = fixtures.aProduct("OLD").named("Old lamp " + marker).create();
        api.patch("/products/" + gone.id(), Map.of("purchasable", false)).expect(200);

        var created = clerk.post(
                "/orders/add-items",
                List.of(
                        Map.entry("productIds", lamp.id()),
                        Map.entry("productIds", gone.id()),
                        Map.entry("target", "new")));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(location(created)).matches(".*/orders/[0-9a-f-]{36}$");
        var page = clerk.follow(created);
        assertThat(flash(page, "notice")).contains("created", "1 item added");
        assertThat(flash(page, "problem")).contains("Old lamp " + marker + " (" + gone.sku() + ")", "not purchasable");
        var id = location(created).substring(location(created).lastIndexOf('/') + 1);
        var order = api.get("/orders/" + id).expect(200).json();
        assertThat(order.at("/lines").size()).isEqualTo(1);
        assertThat(order.at("/lines/0/sku").asString()).isEqualTo(lamp.sku());

        var newest = newestOrder();
        var nothing = clerk.post(
                "/orders/add-items", List.of(Map.entry("productIds", gone.id()), Map.entry("target", "new")));
        assertThat(location(nothing)).endsWith("/products");
        assertThat(flash(clerk.follow(nothing), "problem")).contains("Nothing was added", "not purchasable");
        assertThat(newestOrder()).as("no empty draft is left behind").isEqualTo(newest);
    }

    @Test
    void theAddToOrderMenuOffersDraftsWithItemsBeforeEmptyOnes() {
        var lamp = fixtures.aProduct("LMP").create();
        var withItems = fixtures.aDraft().withLine(lamp.id(), 1).create();
        var empty = new ArrayList<String>();
        for (int i = 0; i < 25; i++) {
            empty.add(fixtures.aDraft().create());
        }

        var menu = clerk.get("/orders/add-to-order-menu", Map.of("HX-Request", "true"))
                .body();

        assertThat(menu).contains("value=\"" + withItems + "\"");
        var withItemsAt = menu.indexOf("value=\"" + withItems + "\"");
        // other tests' drafts share the menu: whichever of these empty ones it lists come after the one with items
        assertThat(empty)
                .as("a draft with items comes before the empty ones")
                .allSatisfy(draft -> assertThat(menu.indexOf("value=\"" + draft + "\""))
                        .satisfiesAnyOf(
                                at -> assertThat(at).isEqualTo(-1),
                                at -> assertThat(at).isGreaterThan(withItemsAt)));
    }

    @Test
    void bulkDeleteComesBackToTheSameFilteredSortedList() {
        var draft = fixtures.aDraft().reference("BULK-" + marker).create();

        var deleted = clerk.post(
                "/orders/bulk",
                List.of(
                        Map.entry("ids", draft),
                        Map.entry("action", "delete"),
                        Map.entry("q", "bulk & " + marker),
                        Map.entry("status", "DRAFT"),
                        Map.entry("sort", "-number")));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(location(deleted)).endsWith("/orders?q=bulk%20%26%20" + marker + "&status=DRAFT&sort=-number");
        var list = URI.create(location(deleted));
        var back = clerk.get(list.getRawPath() + "?" + list.getRawQuery());
        assertThat(flash(back, "notice")).isEqualTo("The draft was deleted.");
        assertThat(back.body()).contains("name=\"q\" value=\"bulk &amp; " + marker + "\"");
        api.get("/orders/" + draft).expect(404);
    }

    @Test
    void theListCarriesItsFiltersIntoTheBulkForm() {
        var page = clerk.get("/orders?q=BULK-" + marker + "&status=DRAFT&sort=-number")
                .body();
        var bulk = page.substring(page.indexOf("id=\"results\""));
        assertThat(bulk).contains("name=\"q\" value=\"BULK-" + marker + "\"", "name=\"status\" value=\"DRAFT\"");
        assertThat(bulk).contains("name=\"sort\" value=\"-number\"");
    }

    @Test
    void theCloneNoticeNamesTheItemLeftOutAndTheCouponDropped() {
        var code = "SAVE" + marker.toUpperCase();
        var coupon = api.post(
                        "/promotions",
                        Map.of(
                                "name",
                                "Coupon " + code,
                                "scope",
                                "ORDER",
                                "kind",
                                "PERCENTAGE",
                                "percentage",
                                10,
                                "couponCode",
                                code))
                .expect(201)
                .at("/id");
        var buyer = fixtures.aBusinessCustomer("clone")
                .withAddress(OrderFixtures.address("HQ", "1 Main St", "Dayton", "45402"))
                .create();
        var lamp = fixtures.aProduct("LMP").named("Lamp " + marker).create();
        var chair = fixtures.aProduct("CHR").named("Chair " + marker).create();
        var original = fixtures.aDraft()
                .forCustomer(buyer)
                .withLine(lamp.id(), 1)
                .withLine(chair.id(), 2)
                .create();
        api.post("/orders/" + original + "/coupons", Map.of("code", code)).expect(201);
        api.patch("/products/" + lamp.id(), Map.of("purchasable", false)).expect(200);
        api.patch("/promotions/" + coupon, Map.of("active", false)).expect(200);

        clerk.get("/orders");
        var cloned = clerk.post("/orders/bulk", List.of(Map.entry("ids", original), Map.entry("action", "clone")));

        assertThat(cloned.statusCode()).isEqualTo(302);
        var notice = flash(clerk.follow(cloned), "notice");
        assertThat(notice).contains("Left out: Lamp " + marker + " (" + lamp.sku() + "), no longer purchasable");
        assertThat(notice).contains("coupon " + code + " dropped");

        var report = api.post("/orders/" + original + "/clone", Map.of())
                .expect(201)
                .json()
                .at("/report");
        assertThat(report.at("/droppedCoupons/0").asString()).isEqualTo(code);
        assertThat(report.at("/keptCoupons").size()).isZero();
    }

    private String newestOrder() {
        return api.get("/orders?limit=1").expect(200).at("/items/0/id");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The text of the page's notice or problem, as a person reads it; empty if the page has none. */
    private static String flash(HttpResponse<String> page, String id) {
        var body = page.body();
        var at = body.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            return "";
        }
        var text = body.substring(body.indexOf('>', at) + 1);
        text = text.substring(0, text.indexOf("</div>")).replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text).strip().replaceAll("\\s+", " ");
    }
}

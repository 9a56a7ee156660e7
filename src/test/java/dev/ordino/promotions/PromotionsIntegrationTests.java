package dev.ordino.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.DomainException;
import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pricing rules, promotions and coupons: what they may hold, when they apply, and how often. */
class PromotionsIntegrationTests extends IntegrationTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    private PromotionManagement promotions;

    @Autowired
    private tools.jackson.databind.ObjectMapper json;

    private final String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private Map<String, Object> coupon(String code) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Coupon " + code);
        body.put("scope", "ORDER");
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 10);
        body.put("couponCode", code);
        return body;
    }

    @Test
    void aCouponCodeIsUniqueIgnoringCaseAndStoredUpperCased() {
        var created =
                api.post("/promotions", coupon("spring-" + marker)).expect(201).json();
        assertThat(created.at("/couponCode").asString()).isEqualTo("SPRING-" + marker);
        var taken = api.post("/promotions", coupon("Spring-" + marker)).expect(409);
        assertThat(taken.at("/errors/0/pointer")).isEqualTo("/couponCode");
    }

    @Test
    void aPercentageIsAboveZeroAtMostAHundredWithTwoDecimalsAndNeedsNoAmount() {
        var body = coupon("P1" + marker);
        body.put("percentage", 0);
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/percentage");
        body.put("percentage", "12.345");
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/code"))
                .isEqualTo("scale");
        body.put("percentage", 10);
        body.put("amount", Map.of("amount", "5.00", "currency", "USD"));
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/amount");
    }

    @Test
    void aProductPromotionNamesExistingProductsAndHasNoCoupon() {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Product sale");
        body.put("scope", "PRODUCT");
        body.put("kind", "PERCENTAGE");
        body.put("percentage", 5);
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/productIds");
        body.put("productIds", List.of(UUID.randomUUID()));
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/productIds/0");
        var product = new OrderFixtures(api).aProduct("PS").create().id();
        body.put("productIds", List.of(product));
        body.put("couponCode", "PROD" + marker);
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/couponCode");
        body.remove("couponCode");
        body.put("kind", "FIXED_PRICE");
        body.remove("percentage");
        body.put("amount", Map.of("amount", "5.00", "currency", "USD"));
        assertThat(api.post("/promotions", body).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/kind");
    }

    @Test
    void aCouponOutsideItsWindowIsRefusedWithWhy() {
        var future = coupon("LATER" + marker);
        future.put("startsAt", "2999-01-01T00:00:00Z");
        api.post("/promotions", future).expect(201);
        assertThatThrownBy(() -> promotions.requireCoupon("later" + marker, USD, null, Instant.now(), "/code"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("starts at");
        var ended = coupon("ENDED" + marker);
        ended.put("endsAt", "2001-01-01T00:00:00Z");
        var id = UUID.fromString(api.post("/promotions", ended).expect(201).at("/id"));
        assertThat(promotions.whyNotApplicable(id, null, USD, Instant.now()))
                .hasValueSatisfying(why -> assertThat(why).contains("ended"));
        var backwards = coupon("BACK" + marker);
        backwards.put("startsAt", "2030-01-01T00:00:00Z");
        backwards.put("endsAt", "2029-01-01T00:00:00Z");
        assertThat(api.post("/promotions", backwards).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/endsAt");
    }

    @Test
    void aCouponInAnotherCurrencyIsRefused() {
        var body = coupon("EUR" + marker);
        body.put("kind", "FIXED_AMOUNT");
        body.remove("percentage");
        body.put("amount", Map.of("amount", "5.00", "currency", "EUR"));
        api.post("/promotions", body).expect(201);
        assertThatThrownBy(() -> promotions.requireCoupon("EUR" + marker, USD, null, Instant.now(), "/code"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("EUR");
    }

    @Test
    void aCustomerUsesACouponOnlyAsOftenAsItsLimitPerCustomerAllows() {
        var body = coupon("ONCE" + marker);
        body.put("usageLimitPerCustomer", 1);
        var id = UUID.fromString(api.post("/promotions", body).expect(201).at("/id"));
        var customer = UUID.randomUUID();
        promotions.redeem(id, UUID.randomUUID(), customer, "/code");
        assertThatThrownBy(() -> promotions.requireCoupon("ONCE" + marker, USD, customer, Instant.now(), "/code"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("as often as a customer may");
        promotions.requireCoupon("ONCE" + marker, USD, UUID.randomUUID(), Instant.now(), "/code");
    }

    @Test
    void parallelRedeemsNeverExceedTheUsageLimit() throws Exception {
        var body = coupon("LIMIT" + marker);
        body.put("usageLimit", 5);
        var id = UUID.fromString(api.post("/promotions", body).expect(201).at("/id"));
        var pool = Executors.newFixedThreadPool(10);
        var refused = new AtomicInteger();
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int i = 0; i < 20; i++) {
                tasks.add(() -> {
                    try {
                        promotions.redeem(id, UUID.randomUUID(), null, "/code");
                    } catch (DomainException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(refused.get()).isEqualTo(15);
        assertThat(api.get("/promotions/" + id).json().at("/timesUsed").asLong())
                .isEqualTo(5);
    }

    @Test
    void releasingAnOrdersUseMakesItAvailableAgainAndAUsedPromotionIsNotDeleted() {
        var body = coupon("BACK2" + marker);
        body.put("usageLimit", 1);
        var id = UUID.fromString(api.post("/promotions", body).expect(201).at("/id"));
        var order = UUID.randomUUID();
        promotions.redeem(id, order, null, "/code");
        promotions.redeem(id, order, null, "/code");
        assertThat(api.get("/promotions/" + id).json().at("/timesUsed").asLong())
                .isEqualTo(1);
        api.delete("/promotions/" + id).expect(409);
        promotions.release(order);
        assertThat(promotions.whyNotApplicable(id, null, USD, Instant.now())).isEmpty();
        api.delete("/promotions/" + id).expect(204);
    }

    @Test
    void aPricingRuleIsCheckedForItsProductAndCurrency() {
        var product =
                UUID.fromString(new OrderFixtures(api).aProduct("RL").create().id());
        var rule = api.post(
                        "/pricing-rules",
                        Map.of(
                                "name",
                                "Only this product",
                                "kind",
                                "FIXED_AMOUNT",
                                "amount",
                                Map.of("amount", "1.00", "currency", "USD"),
                                "productIds",
                                List.of(product)))
                .expect(201)
                .json();
        var ruleId = UUID.fromString(rule.at("/id").asString());
        assertThat(promotions.requireRule(ruleId, product, USD, "/ruleId").name())
                .isEqualTo("Only this product");
        assertThatThrownBy(() -> promotions.requireRule(ruleId, UUID.randomUUID(), USD, "/ruleId"))
                .hasMessageContaining("does not apply");
        assertThatThrownBy(() -> promotions.requireRule(ruleId, product, Currency.getInstance("EUR"), "/ruleId"))
                .hasMessageContaining("USD");
        api.patch("/pricing-rules/" + ruleId, Map.of("active", false)).expect(200);
        assertThatThrownBy(() -> promotions.requireRule(ruleId, product, USD, "/ruleId"))
                .hasMessageContaining("not active");
    }

    @Test
    void aCouponIsForBuyersUnlessStaffOnlyAndPromotionsStoredBeforeTheFlagStayForBuyers() throws Exception {
        var open = api.post("/promotions", coupon("OPEN" + marker)).expect(201).json();
        assertThat(open.at("/staffOnly").asBoolean()).isFalse();
        var id = open.at("/id").asString();
        assertThat(api.patch("/promotions/" + id, Map.of("staffOnly", true))
                        .expect(200)
                        .json()
                        .at("/staffOnly")
                        .asBoolean())
                .isTrue();
        var nulls = new LinkedHashMap<String, Object>();
        nulls.put("staffOnly", null);
        assertThat(api.patch("/promotions/" + id, nulls).expect(422).at("/errors/0/pointer"))
                .isEqualTo("/staffOnly");
        assertThat(promotions.get(UUID.fromString(id)).staffOnly()).isTrue();

        // a body stored before staffOnly existed has no such member: such a coupon stays open to buyers
        var stored = (tools.jackson.databind.node.ObjectNode) json.readTree(json.writeValueAsString(open));
        stored.remove("staffOnly");
        assertThat(json.readValue(stored.toString(), Promotion.class).staffOnly())
                .isFalse();
    }
}

package dev.ordino.promotions.internal;

import dev.ordino.promotions.PricingRule;
import dev.ordino.promotions.Promotion;
import dev.ordino.promotions.PromotionScope;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Promotions and pricing rules in SQL: a row each with the keys that are looked up (coupon code, scope, name)
 * as columns and the rest as JSON (see docs/adr/0003); a promotion's products in promotion_products so that
 * a product's promotions can be listed; each use by an order in promotion_redemptions.
 */
@Repository
public class Promotions {

    private static final SortOrder BY_NAME = SortOrder.ascending("name", "p.name", SortOrder::text);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Promotions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- promotions ----------------------------------------------------------------------------------------

    public void insert(Promotion promotion) {
        try {
            jdbc.sql("""
                    INSERT INTO promotions (id, name, scope, coupon_code, body, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            promotion.id(),
                            promotion.name(),
                            promotion.scope().name(),
                            promotion.couponCode(),
                            json.writeValueAsString(promotion.withTimesUsed(0)),
                            promotion.version(),
                            SortOrder.utc(promotion.createdAt()),
                            SortOrder.utc(promotion.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Coupon code " + promotion.couponCode() + " is already taken");
        }
        insertProducts(promotion);
    }

    public void update(Promotion promotion) {
        try {
            jdbc.sql("""
                    UPDATE promotions SET name = ?, coupon_code = ?, body = ?, version = ?, updated_at = ?
                    WHERE id = ?""")
                    .params(
                            promotion.name(),
                            promotion.couponCode(),
                            json.writeValueAsString(promotion.withTimesUsed(0)),
                            promotion.version(),
                            SortOrder.utc(promotion.updatedAt()),
                            promotion.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Coupon code " + promotion.couponCode() + " is already taken");
        }
        jdbc.sql("DELETE FROM promotion_products WHERE promotion_id = ?")
                .param(promotion.id())
                .update();
        insertProducts(promotion);
    }

    private void insertProducts(Promotion promotion) {
        for (var productId : promotion.productIds()) {
            jdbc.sql("INSERT INTO promotion_products (promotion_id, product_id) VALUES (?, ?)")
                    .params(promotion.id(), productId)
                    .update();
        }
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM promotions WHERE id = ?").param(id).update();
    }

    public Optional<Promotion> find(UUID id) {
        return jdbc.sql("SELECT * FROM promotions p WHERE id = ?")
                .param(id)
                .query(this::promotion)
                .optional();
    }

    public Optional<Promotion> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM promotions p WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::promotion)
                .optional();
    }

    public Optional<Promotion> findByCoupon(String code) {
        return jdbc.sql("SELECT * FROM promotions p WHERE coupon_code = ?")
                .param(code)
                .query(this::promotion)
                .optional();
    }

    public Page<Promotion> list(PromotionScope scope, UUID productId, Boolean active, PageRequest page) {
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        if (scope != null) {
            where.add("p.scope = :scope");
            params.put("scope", scope.name());
        }
        if (productId != null) {
            where.add("EXISTS (SELECT 1 FROM promotion_products pp WHERE pp.promotion_id = p.id"
                    + " AND pp.product_id = :productId)");
            params.put("productId", productId);
        }
        var sort = SortOrder.choose(null, List.of(BY_NAME));
        if (page.after() != null) {
            where.add(sort.after(page.after(), "p.id", params));
        }
        var sql = "SELECT * FROM promotions p" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("p.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::promotion).list();
        if (active != null) {
            // Few promotions are inactive; filtering the page keeps the query simple at the cost of a short page.
            rows = rows.stream().filter(p -> p.active() == active).toList();
        }
        return Page.of(rows, page.limit(), p -> new Cursor(sort.parameter(), p.name(), p.id()));
    }

    // --- uses ----------------------------------------------------------------------------------------------

    public long uses(UUID promotionId) {
        return jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = ?")
                .param(promotionId)
                .query(Long.class)
                .single();
    }

    public long usesBy(UUID promotionId, UUID customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = ? AND customer_id = ?")
                .params(promotionId, customerId)
                .query(Long.class)
                .single();
    }

    public boolean redeemed(UUID promotionId, UUID orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = ? AND order_id = ?")
                        .params(promotionId, orderId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void redeem(UUID promotionId, UUID orderId, UUID customerId, Instant at) {
        jdbc.sql("""
                INSERT INTO promotion_redemptions (promotion_id, order_id, customer_id, redeemed_at)
                VALUES (?, ?, ?, ?)""")
                .params(promotionId, orderId, customerId, SortOrder.utc(at))
                .update();
    }

    public void release(UUID orderId) {
        jdbc.sql("DELETE FROM promotion_redemptions WHERE order_id = ?")
                .param(orderId)
                .update();
    }

    public void releaseAllBut(UUID orderId, List<UUID> kept) {
        if (kept.isEmpty()) {
            release(orderId);
            return;
        }
        jdbc.sql("DELETE FROM promotion_redemptions WHERE order_id = :order AND promotion_id NOT IN (:kept)")
                .param("order", orderId)
                .param("kept", kept)
                .update();
    }

    // --- pricing rules -------------------------------------------------------------------------------------

    public void insertRule(PricingRule rule) {
        jdbc.sql("""
                INSERT INTO pricing_rules (id, name, body, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        rule.id(),
                        rule.name(),
                        json.writeValueAsString(rule),
                        rule.version(),
                        SortOrder.utc(rule.createdAt()),
                        SortOrder.utc(rule.updatedAt()))
                .update();
    }

    public void updateRule(PricingRule rule) {
        jdbc.sql("UPDATE pricing_rules SET name = ?, body = ?, version = ?, updated_at = ? WHERE id = ?")
                .params(
                        rule.name(),
                        json.writeValueAsString(rule),
                        rule.version(),
                        SortOrder.utc(rule.updatedAt()),
                        rule.id())
                .update();
    }

    public void deleteRule(UUID id) {
        jdbc.sql("DELETE FROM pricing_rules WHERE id = ?").param(id).update();
    }

    public Optional<PricingRule> findRule(UUID id) {
        return jdbc.sql("SELECT body FROM pricing_rules WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("body"), PricingRule.class))
                .optional();
    }

    public Optional<PricingRule> findRuleForUpdate(UUID id) {
        return jdbc.sql("SELECT body FROM pricing_rules WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("body"), PricingRule.class))
                .optional();
    }

    public Page<PricingRule> listRules(PageRequest page) {
        var params = new HashMap<String, Object>();
        var sort = SortOrder.choose(null, List.of(BY_NAME));
        var where = page.after() == null ? "" : " WHERE " + sort.after(page.after(), "p.id", params);
        var rows = jdbc.sql("SELECT p.body FROM pricing_rules p" + where + " ORDER BY " + sort.orderBy("p.id")
                        + " LIMIT " + page.fetchSize())
                .params(params)
                .query((rs, n) -> json.readValue(rs.getString("body"), PricingRule.class))
                .list();
        return Page.of(rows, page.limit(), r -> new Cursor(sort.parameter(), r.name(), r.id()));
    }

    private Promotion promotion(ResultSet rs, int row) throws SQLException {
        var promotion = json.readValue(rs.getString("body"), Promotion.class);
        return promotion.withTimesUsed(uses(promotion.id()));
    }
}

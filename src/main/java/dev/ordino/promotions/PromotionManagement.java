package dev.ordino.promotions;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.promotions.internal.Promotions;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Money;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promotions' entry point: keep pricing rules and promotions, check that one may be applied to an order
 * or line now, and count the orders that use each (ADR 0003: a use counts when the order leaves the draft).
 */
@Service
@Transactional
public class PromotionManagement {

    private static final Pattern COUPON = Pattern.compile("[A-Za-z0-9_-]{3,40}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Promotions promotions;
    private final CatalogManagement catalog;
    private final Clock clock;
    private final CurrentActor actor;

    PromotionManagement(Promotions promotions, CatalogManagement catalog, Clock clock, CurrentActor actor) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.clock = clock;
        this.actor = actor;
    }

    // --- promotions --------------------------------------------------------------------------------------

    public Promotion create(NewPromotion r) {
        var now = now();
        var promotion = new Promotion(
                UUID.randomUUID(),
                r.name().strip(),
                blankToNull(r.description()),
                r.scope(),
                r.kind(),
                r.percentage(),
                r.amount(),
                r.productIds(),
                couponKey(r.couponCode()),
                Boolean.TRUE.equals(r.staffOnly()),
                r.startsAt(),
                r.endsAt(),
                r.usageLimit(),
                r.usageLimitPerCustomer(),
                r.minimumSubtotal(),
                r.active() == null || r.active(),
                0,
                1,
                now,
                now);
        check(promotion);
        promotions.insert(promotion);
        return promotion;
    }

    /** The promotion, for the modules that work with it (an order's discounts); not a read of the settings. */
    @Transactional(readOnly = true)
    public Optional<Promotion> find(UUID id) {
        return promotions.find(id);
    }

    /** The promotion and its coupon code, for staff only (403 for a buyer). */
    @Transactional(readOnly = true)
    public Promotion get(UUID id) {
        StaffOnly.require(actor.get(), "Promotions");
        return promotions.find(id).orElseThrow(() -> DomainException.notFound("Promotion", id));
    }

    /**
     * Promotions by name; {@code scope}, {@code productId} (promotions of that product) and {@code active} narrow
     * them. For staff only: coupon codes are never listed to a buyer.
     */
    @Transactional(readOnly = true)
    public Page<Promotion> list(PromotionScope scope, UUID productId, Boolean active, PageRequest page) {
        StaffOnly.require(actor.get(), "Promotions");
        return promotions.list(scope, productId, active, page);
    }

    public Promotion update(UUID id, Patch<PromotionChanges> patch, Long expectedVersion) {
        var current = lockPromotion(id, expectedVersion);
        var c = patch.value();
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("kind", c.kind());
        patch.requireNonNullIfPresent("active", c.active());
        patch.requireNonNullIfPresent("staffOnly", c.staffOnly());
        var changed = new Promotion(
                current.id(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("description") ? blankToNull(c.description()) : current.description(),
                current.scope(),
                patch.has("kind") ? c.kind() : current.kind(),
                patch.has("percentage") ? c.percentage() : current.percentage(),
                patch.has("amount") ? c.amount() : current.amount(),
                patch.has("productIds") ? c.productIds() : current.productIds(),
                patch.has("couponCode") ? couponKey(c.couponCode()) : current.couponCode(),
                patch.has("staffOnly") ? c.staffOnly() : current.staffOnly(),
                patch.has("startsAt") ? c.startsAt() : current.startsAt(),
                patch.has("endsAt") ? c.endsAt() : current.endsAt(),
                patch.has("usageLimit") ? c.usageLimit() : current.usageLimit(),
                patch.has("usageLimitPerCustomer") ? c.usageLimitPerCustomer() : current.usageLimitPerCustomer(),
                patch.has("minimumSubtotal") ? c.minimumSubtotal() : current.minimumSubtotal(),
                patch.has("active") ? c.active() : current.active(),
                current.timesUsed(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        promotions.update(changed);
        return changed;
    }

    /** A promotion orders have used stays (deactivate it instead): their history refers to it. */
    public void delete(UUID id, Long expectedVersion) {
        var current = lockPromotion(id, expectedVersion);
        if (current.timesUsed() > 0) {
            throw DomainException.conflict("Promotion " + current.name() + " has been used by " + current.timesUsed()
                    + " orders; set active to false instead");
        }
        promotions.delete(id);
    }

    // --- pricing rules -----------------------------------------------------------------------------------

    public PricingRule createRule(NewPricingRule r) {
        var now = now();
        var rule = new PricingRule(
                UUID.randomUUID(),
                r.name().strip(),
                blankToNull(r.description()),
                r.kind(),
                r.percentage(),
                r.amount(),
                r.productIds(),
                r.active() == null || r.active(),
                1,
                now,
                now);
        check(rule);
        promotions.insertRule(rule);
        return rule;
    }

    @Transactional(readOnly = true)
    public Optional<PricingRule> findRule(UUID id) {
        return promotions.findRule(id);
    }

    /** A store rule, for staff only (403 for a buyer). */
    @Transactional(readOnly = true)
    public PricingRule getRule(UUID id) {
        StaffOnly.require(actor.get(), "Pricing rules");
        return promotions.findRule(id).orElseThrow(() -> DomainException.notFound("Pricing rule", id));
    }

    /** The store's rules, for staff only (403 for a buyer). */
    @Transactional(readOnly = true)
    public Page<PricingRule> listRules(PageRequest page) {
        StaffOnly.require(actor.get(), "Pricing rules");
        return promotions.listRules(page);
    }

    public PricingRule updateRule(UUID id, Patch<PricingRuleChanges> patch, Long expectedVersion) {
        var current = lockRule(id, expectedVersion);
        var c = patch.value();
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("kind", c.kind());
        patch.requireNonNullIfPresent("active", c.active());
        var changed = new PricingRule(
                current.id(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("description") ? blankToNull(c.description()) : current.description(),
                patch.has("kind") ? c.kind() : current.kind(),
                patch.has("percentage") ? c.percentage() : current.percentage(),
                patch.has("amount") ? c.amount() : current.amount(),
                patch.has("productIds") ? c.productIds() : current.productIds(),
                patch.has("active") ? c.active() : current.active(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        promotions.updateRule(changed);
        return changed;
    }

    /** Orders keep a copy of a rule they applied, so deleting it changes none of them. */
    public void deleteRule(UUID id, Long expectedVersion) {
        lockRule(id, expectedVersion);
        promotions.deleteRule(id);
    }

    // --- what orders ask -----------------------------------------------------------------------------------

    /** A store rule that may be applied to a line of this product in this currency, or a 422 at {@code pointer}. */
    @Transactional(readOnly = true)
    public PricingRule requireRule(UUID ruleId, UUID productId, Currency currency, String pointer) {
        var rule = promotions
                .findRule(ruleId)
                .orElseThrow(
                        () -> DomainException.invalid(pointer, "exists", "pricing rule " + ruleId + " does not exist"));
        if (!rule.active()) {
            throw DomainException.invalid(pointer, "inactive", rule.name() + " is not active");
        }
        if (!rule.productIds().isEmpty()
                && (productId == null || !rule.productIds().contains(productId))) {
            throw DomainException.invalid(pointer, "product", rule.name() + " does not apply to this product");
        }
        if (rule.amount() != null && !rule.amount().hasCurrency(currency)) {
            throw DomainException.invalid(
                    pointer, "currency", rule.name() + " is in " + rule.amount().currency());
        }
        return rule;
    }

    /** A product promotion that may be added to a line of this product now, or a 422 at {@code pointer}. */
    @Transactional(readOnly = true)
    public Promotion requireLinePromotion(UUID id, UUID productId, Currency currency, Instant at, String pointer) {
        var promotion = existing(id, pointer);
        if (promotion.scope() != PromotionScope.PRODUCT) {
            throw DomainException.invalid(
                    pointer, "scope", promotion.name() + " applies to whole orders, not to one line");
        }
        requireValid(promotion, currency, at, pointer);
        if (!promotion.productIds().contains(productId)) {
            throw DomainException.invalid(pointer, "product", promotion.name() + " is not a promotion of this product");
        }
        return promotion;
    }

    /** A catalog-wide promotion staff may apply to an order now, or a 422 at {@code pointer}. */
    @Transactional(readOnly = true)
    public Promotion requireOrderPromotion(UUID id, Currency currency, Instant at, String pointer) {
        var promotion = existing(id, pointer);
        if (promotion.scope() != PromotionScope.ORDER) {
            throw DomainException.invalid(pointer, "scope", promotion.name() + " applies to lines of its products");
        }
        if (promotion.couponCode() != null) {
            throw DomainException.invalid(pointer, "coupon", promotion.name() + " is applied by its coupon code");
        }
        requireValid(promotion, currency, at, pointer);
        requireUsesLeft(promotion, null, pointer);
        return promotion;
    }

    /**
     * The promotion of a coupon code (ignoring case) that this customer may use now, or a 422 at {@code pointer}.
     * A staff-only code typed by a buyer is answered exactly like a code that does not exist.
     */
    @Transactional(readOnly = true)
    public Promotion requireCoupon(String code, Currency currency, UUID customerId, Instant at, String pointer) {
        var caller = actor.get();
        var promotion = promotions
                .findByCoupon(couponKeyOrBlank(code))
                .filter(p -> p.couponOpenTo(caller))
                .orElseThrow(() -> DomainException.invalid(pointer, "exists", "there is no coupon " + code));
        requireValid(promotion, currency, at, pointer);
        requireUsesLeft(promotion, customerId, pointer);
        return promotion;
    }

    /**
     * Why a promotion may no longer be applied (gone, inactive, outside its window, used up, a staff-only coupon
     * and the caller a buyer), or empty.
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotApplicable(UUID id, UUID customerId, Currency currency, Instant at) {
        try {
            var promotion = existing(id, "/promotionId");
            if (promotion.couponCode() != null && !promotion.couponOpenTo(actor.get())) {
                return Optional.of(promotion.name() + " is applied by staff only");
            }
            requireValid(promotion, currency, at, "/promotionId");
            requireUsesLeft(promotion, customerId, "/promotionId");
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The catalog-wide promotions without a coupon code that an order in {@code currency} may take at {@code at}:
     * active, within their dates and in the order's currency. One query for the whole pick; whether uses are left
     * is said when one is applied.
     */
    public List<Promotion> offeredToOrders(Currency currency, Instant at, PageRequest page) {
        return list(PromotionScope.ORDER, null, true, page).items().stream()
                .filter(p -> p.couponCode() == null)
                .filter(p -> validAt(p, currency, at))
                .toList();
    }

    private static boolean validAt(Promotion promotion, Currency currency, Instant at) {
        try {
            requireValid(promotion, currency, at, "/promotionId");
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /**
     * Counts an order's use of a promotion. The promotion's row is locked while its uses are counted, so two
     * orders cannot both take its last use; the same order counts once.
     */
    public void redeem(UUID id, UUID orderId, UUID customerId, String pointer) {
        var promotion = promotions
                .findForUpdate(id)
                .orElseThrow(() -> DomainException.invalid(pointer, "exists", "promotion " + id + " no longer exists"));
        if (promotions.redeemed(id, orderId)) {
            return;
        }
        requireUsesLeft(promotion, customerId, pointer);
        promotions.redeem(id, orderId, customerId, now());
    }

    /** Gives back the uses an order took: it returned to the draft, or was rejected or cancelled. */
    public void release(UUID orderId) {
        promotions.release(orderId);
    }

    /**
     * Makes an order's uses exactly {@code promotionIds}: gives back the uses of promotions it no longer
     * carries and counts the new ones (each under the lock of {@link #redeem}).
     */
    public void useOnly(UUID orderId, UUID customerId, List<UUID> promotionIds, String pointer) {
        promotions.releaseAllBut(orderId, promotionIds);
        for (var id : promotionIds) {
            redeem(id, orderId, customerId, pointer);
        }
    }

    // --- the rules of a valid promotion --------------------------------------------------------------------

    private Promotion existing(UUID id, String pointer) {
        return promotions
                .find(id)
                .orElseThrow(() -> DomainException.invalid(pointer, "exists", "promotion " + id + " does not exist"));
    }

    private static void requireValid(Promotion promotion, Currency currency, Instant at, String pointer) {
        if (!promotion.active()) {
            throw DomainException.invalid(pointer, "inactive", promotion.name() + " is not active");
        }
        if (promotion.startsAt() != null && at.isBefore(promotion.startsAt())) {
            throw DomainException.invalid(
                    pointer, "notYetValid", promotion.name() + " starts at " + promotion.startsAt());
        }
        if (promotion.endsAt() != null && !at.isBefore(promotion.endsAt())) {
            throw DomainException.invalid(pointer, "expired", promotion.name() + " ended at " + promotion.endsAt());
        }
        for (var money : new Money[] {promotion.amount(), promotion.minimumSubtotal()}) {
            if (money != null && !money.hasCurrency(currency)) {
                throw DomainException.invalid(
                        pointer,
                        "currency",
                        promotion.name() + " is in " + money.currency() + ", the order in " + currency);
            }
        }
    }

    private void requireUsesLeft(Promotion promotion, UUID customerId, String pointer) {
        if (promotion.usageLimit() != null && promotions.uses(promotion.id()) >= promotion.usageLimit()) {
            throw DomainException.invalid(pointer, "usedUp", promotion.name() + " has been used up");
        }
        if (customerId != null
                && promotion.usageLimitPerCustomer() != null
                && promotions.usesBy(promotion.id(), customerId) >= promotion.usageLimitPerCustomer()) {
            throw DomainException.invalid(
                    pointer, "usedByCustomer", promotion.name() + " has been used as often as a customer may");
        }
    }

    private void check(Promotion p) {
        var problems = new ArrayList<FieldProblem>();
        checkValue(p.kind(), p.percentage(), p.amount(), false, problems);
        if (p.scope() == PromotionScope.PRODUCT) {
            if (p.productIds().isEmpty()) {
                problems.add(new FieldProblem("/productIds", "required", "a product promotion names its products"));
            }
            if (p.couponCode() != null) {
                problems.add(new FieldProblem("/couponCode", "scope", "coupons apply to whole orders (scope ORDER)"));
            }
            if (p.minimumSubtotal() != null) {
                problems.add(new FieldProblem(
                        "/minimumSubtotal", "scope", "a minimum applies to whole orders (scope ORDER)"));
            }
        } else if (!p.productIds().isEmpty()) {
            problems.add(new FieldProblem("/productIds", "scope", "an ORDER promotion applies to the whole order"));
        }
        checkProducts(p.productIds(), problems);
        if (p.couponCode() != null && !COUPON.matcher(p.couponCode()).matches()) {
            problems.add(new FieldProblem("/couponCode", "pattern", "3 to 40 letters, digits, _ or -"));
        }
        if (p.startsAt() != null && p.endsAt() != null && !p.endsAt().isAfter(p.startsAt())) {
            problems.add(new FieldProblem("/endsAt", "afterStartsAt", "must be after startsAt"));
        }
        if (p.minimumSubtotal() != null) {
            if (p.minimumSubtotal().isNegative()) {
                problems.add(new FieldProblem("/minimumSubtotal", "positiveOrZero", "must not be negative"));
            } else if (p.amount() != null
                    && !p.amount().currency().equals(p.minimumSubtotal().currency())) {
                problems.add(
                        new FieldProblem("/minimumSubtotal/currency", "currency", "must be in the amount's currency"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        if (p.couponCode() != null) {
            promotions
                    .findByCoupon(p.couponCode())
                    .filter(other -> !other.id().equals(p.id()))
                    .ifPresent(other -> {
                        throw new DomainException(
                                ProblemType.CONFLICT,
                                "Coupon code " + p.couponCode() + " is already taken",
                                List.of(new FieldProblem("/couponCode", "unique", "taken by " + other.name())));
                    });
        }
    }

    private void check(PricingRule rule) {
        var problems = new ArrayList<FieldProblem>();
        checkValue(rule.kind(), rule.percentage(), rule.amount(), true, problems);
        checkProducts(rule.productIds(), problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    /** PERCENTAGE: 0 < p ≤ 100, two decimals, no amount; an amount (positive off, non-negative price) otherwise. */
    private static void checkValue(
            DiscountKind kind,
            BigDecimal percentage,
            Money amount,
            boolean fixedPriceAllowed,
            List<FieldProblem> problems) {
        if (kind == DiscountKind.FIXED_PRICE && !fixedPriceAllowed) {
            problems.add(new FieldProblem("/kind", "oneOf", "a promotion is PERCENTAGE or FIXED_AMOUNT"));
        }
        if (kind == DiscountKind.PERCENTAGE) {
            if (percentage == null) {
                problems.add(new FieldProblem("/percentage", "required", "a PERCENTAGE needs a percentage"));
            } else if (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
                problems.add(new FieldProblem("/percentage", "range", "must be greater than 0 and at most 100"));
            } else if (percentage.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem("/percentage", "scale", "at most 2 decimal places"));
            }
            if (amount != null) {
                problems.add(new FieldProblem("/amount", "exclusive", "a PERCENTAGE has no amount"));
            }
        } else {
            if (amount == null) {
                problems.add(new FieldProblem("/amount", "required", "a " + kind + " needs an amount"));
            } else if (amount.isNegative() || (kind == DiscountKind.FIXED_AMOUNT && amount.isZero())) {
                problems.add(new FieldProblem(
                        "/amount",
                        "positive",
                        kind == DiscountKind.FIXED_AMOUNT ? "must be greater than 0" : "must not be negative"));
            }
            if (percentage != null) {
                problems.add(new FieldProblem("/percentage", "exclusive", "only a PERCENTAGE has a percentage"));
            }
        }
    }

    private void checkProducts(List<UUID> productIds, List<FieldProblem> problems) {
        if (productIds.isEmpty()) {
            return;
        }
        var found = catalog.productsById(productIds);
        for (int i = 0; i < productIds.size(); i++) {
            if (!found.containsKey(productIds.get(i))) {
                problems.add(new FieldProblem(
                        "/productIds/" + i, "exists", "product " + productIds.get(i) + " is not in the catalog"));
            }
        }
    }

    private Promotion lockPromotion(UUID id, Long expectedVersion) {
        var current = promotions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Promotion", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Promotion " + current.name(), expectedVersion, current.version());
        }
        return current;
    }

    private PricingRule lockRule(UUID id, Long expectedVersion) {
        var current = promotions.findRuleForUpdate(id).orElseThrow(() -> DomainException.notFound("Pricing rule", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Pricing rule " + current.name(), expectedVersion, current.version());
        }
        return current;
    }

    /** Coupon codes are stored upper-cased and compared ignoring case. */
    private static String couponKey(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String couponKeyOrBlank(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

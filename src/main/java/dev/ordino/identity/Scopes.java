package dev.ordino.identity;

import java.util.List;
import java.util.Set;

/** What a caller may do. A role grants a set of scopes; a token carries some of its user's. */
public final class Scopes {

    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    /** Accept, reject, hold, release, confirm and cancel orders. */
    public static final String ORDERS_REVIEW = "orders:review";
    /** Override prices: placed prices, pricing rules, credits and debits. */
    public static final String ORDERS_PRICE = "orders:price";

    /** Take payments (accept payment: manual, card on file, provider), issue invoices, share checkout links. */
    public static final String PAYMENTS_WRITE = "payments:write";
    /** Give money back: refunds, which issue credit notes. */
    public static final String PAYMENTS_REFUND = "payments:refund";

    /** Warehouses, warehouse groups and stock adjustments. */
    public static final String INVENTORY_WRITE = "inventory:write";
    /** Move shipments: release, pack (picklists), ship, deliver, cancel, split. */
    public static final String SHIPMENTS_WRITE = "shipments:write";

    /** Fulfil rental items by serial number, cancel and extend subscriptions, register assets, run billing. */
    public static final String SUBSCRIPTIONS_WRITE = "subscriptions:write";

    public static final String CATALOG_READ = "catalog:read";
    /** Products, price lists. */
    public static final String CATALOG_WRITE = "catalog:write";

    public static final String CUSTOMERS_READ = "customers:read";
    public static final String CUSTOMERS_WRITE = "customers:write";
    /** Channels, promotions, tax zones, shipping methods. */
    public static final String SETTINGS_WRITE = "settings:write";
    /** Users and tokens. */
    public static final String USERS_ADMIN = "users:admin";
    /** Make and revoke one's own tokens (every role has it; a token without it cannot touch tokens). */
    public static final String TOKENS_WRITE = "tokens:write";
    /** Read the management endpoints other than health (metrics, Prometheus): a scrape token's only scope. */
    public static final String METRICS_READ = "metrics:read";

    public static final List<String> ALL = List.of(
            ORDERS_READ,
            ORDERS_WRITE,
            ORDERS_REVIEW,
            ORDERS_PRICE,
            PAYMENTS_WRITE,
            PAYMENTS_REFUND,
            INVENTORY_WRITE,
            SHIPMENTS_WRITE,
            SUBSCRIPTIONS_WRITE,
            CATALOG_READ,
            CATALOG_WRITE,
            CUSTOMERS_READ,
            CUSTOMERS_WRITE,
            SETTINGS_WRITE,
            USERS_ADMIN,
            TOKENS_WRITE,
            METRICS_READ);

    private Scopes() {}

    public static boolean isKnown(String scope) {
        return ALL.contains(scope);
    }

    static Set<String> all() {
        return Set.copyOf(ALL);
    }
}

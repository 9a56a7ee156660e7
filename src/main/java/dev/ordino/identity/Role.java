package dev.ordino.identity;

import java.util.Set;

/**
 * What a user may do. Staff: ADMIN everything; MANAGER reviews (accept, reject, hold, release, cancel) and
 * overrides prices, keeps the inventory and ships; CLERK creates and edits orders for customers, places them, writes notes; VIEWER reads.
 * BUYER: a customer's team member, who sees and edits only that customer's orders and submits or retracts
 * them. Every role may make and revoke its own tokens ({@code tokens:write}); only ADMIN reads metrics.
 */
public enum Role {
    ADMIN(Scopes.all()),
    MANAGER(Set.of(
            Scopes.ORDERS_READ,
            Scopes.ORDERS_WRITE,
            Scopes.ORDERS_REVIEW,
            Scopes.ORDERS_PRICE,
            Scopes.PAYMENTS_WRITE,
            Scopes.PAYMENTS_REFUND,
            Scopes.INVENTORY_WRITE,
            Scopes.SHIPMENTS_WRITE,
            Scopes.SUBSCRIPTIONS_WRITE,
            Scopes.CATALOG_READ,
            Scopes.CUSTOMERS_READ,
            Scopes.CUSTOMERS_WRITE,
            Scopes.TOKENS_WRITE)),
    CLERK(Set.of(
            Scopes.ORDERS_READ,
            Scopes.ORDERS_WRITE,
            Scopes.PAYMENTS_WRITE,
            Scopes.SHIPMENTS_WRITE,
            Scopes.SUBSCRIPTIONS_WRITE,
            Scopes.CATALOG_READ,
            Scopes.CUSTOMERS_READ,
            Scopes.CUSTOMERS_WRITE,
            Scopes.TOKENS_WRITE)),
    VIEWER(Set.of(Scopes.ORDERS_READ, Scopes.CATALOG_READ, Scopes.CUSTOMERS_READ, Scopes.TOKENS_WRITE)),
    BUYER(Set.of(Scopes.ORDERS_READ, Scopes.ORDERS_WRITE, Scopes.CATALOG_READ, Scopes.TOKENS_WRITE));

    private final Set<String> scopes;

    Role(Set<String> scopes) {
        this.scopes = scopes;
    }

    public Set<String> scopes() {
        return scopes;
    }
}

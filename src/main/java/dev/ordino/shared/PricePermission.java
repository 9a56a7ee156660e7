package dev.ordino.shared;

/**
 * Setting a price other than the catalog's needs the {@value #SCOPE} permission: a placed price, a pricing rule, a
 * promotion chosen for an order or a line, a credit or debit (adding or removing one), a custom shipping price, a
 * customer's price list or tax exemption. No buyer and no clerk has it. The services ask here before such a change,
 * so the API and the UI refuse it alike (422 naming the field, code {@code permission}).
 */
public final class PricePermission {

    public static final String SCOPE = "orders:price";

    private PricePermission() {}

    /** Refuses a caller without the permission; {@code what} names the price, as in "a placed price". */
    public static void require(Actor actor, String pointer, String what) {
        if (!actor.may(SCOPE)) {
            throw DomainException.invalid(
                    pointer, "permission", "setting " + what + " needs the " + SCOPE + " permission");
        }
    }
}
